package dev.loopsim.properties.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.gen.CombinatorProgram.Input;
import dev.loopsim.properties.gen.ProgramCheck.Verdict;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import dev.loopsim.trace.TraceEvent;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Promise.all, allSettled, race and any over 1,000 focused programs each: inputs settle at virtual times
 * the generator chose (already, by a timer, by a fetch of fixed latency), and the outcome and the virtual
 * ms at which it is printed are worked out from those parameters alone.
 */
class CombinatorPropertiesTest {
    static final int PROGRAMS = 1000;

    /** What the combinator must print, and at which virtual ms; empty when it never settles. */
    record Expected(String line, long ms) {}

    /** The inputs in the order they settle: by virtual ms, then input order (pre-settled ones at 0). */
    static List<Input> bySettling(List<Input> inputs) {
        return inputs.stream()
                .sorted(Comparator.comparingInt(Input::ms).thenComparingInt(inputs::indexOf))
                .toList();
    }

    static int lastMs(List<Input> inputs) {
        return inputs.stream().mapToInt(Input::ms).max().orElse(0);
    }

    static String values(List<Input> inputs) {
        return inputs.stream().map(Input::value).collect(Collectors.joining(","));
    }

    static Optional<Expected> expected(String combinator, List<Input> inputs) {
        List<Input> settling = bySettling(inputs);
        List<Input> rejecting = settling.stream().filter(i -> !i.fulfils()).toList();
        List<Input> fulfilling = settling.stream().filter(Input::fulfils).toList();
        return switch (combinator) {
            // The first rejection, when it happens, whatever slower inputs do; else every value, in input order.
            case "all" ->
                Optional.of(
                        rejecting.isEmpty()
                                ? new Expected("fulfilled " + values(inputs), lastMs(inputs))
                                : new Expected(
                                        "rejected Error " + rejecting.getFirst().value(),
                                        rejecting.getFirst().ms()));
            // One entry per input, in input order, once the last has settled.
            case "allSettled" ->
                Optional.of(new Expected(
                        "fulfilled "
                                + inputs.stream()
                                        .map(i -> (i.fulfils() ? "fulfilled:" : "rejected:") + i.value())
                                        .collect(Collectors.joining(",")),
                        lastMs(inputs)));
            // The first to settle, either way; an empty race never settles.
            case "race" ->
                settling.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Expected(
                                (settling.getFirst().fulfils() ? "fulfilled " : "rejected Error ")
                                        + settling.getFirst().value(),
                                settling.getFirst().ms()));
            // The first fulfilment; else, once all have rejected, every reason in input order.
            case "any" ->
                Optional.of(
                        fulfilling.isEmpty()
                                ? new Expected("rejected AggregateError " + values(inputs), lastMs(inputs))
                                : new Expected(
                                        "fulfilled " + fulfilling.getFirst().value(),
                                        fulfilling.getFirst().ms()));
            default -> throw new IllegalArgumentException(combinator);
        };
    }

    static ProgramCheck.Outcome check(String combinator, long seed) {
        return new ProgramCheck<>(
                        "Promise." + combinator,
                        draws -> CombinatorProgram.generate(combinator, draws),
                        CombinatorProgram::text,
                        CombinatorPropertiesTest::verdict)
                .assertHolds(ProgramCheck.Settings.of(PROGRAMS, seed));
    }

    static Verdict verdict(CombinatorProgram program) {
        Run run = Script.of("/app/combinator.js", program.text()).run();
        Optional<Expected> expected = expected(program.combinator(), program.inputs());
        List<TraceEvent> printed = run.trace().stream()
                .filter(e -> e.kind() == TraceEvent.Kind.CONSOLE)
                .toList();
        if (run.exitCode() != 0) {
            return Verdict.fails("exit code " + run.exitCode() + "\n" + run.stderr());
        }
        if (expected.isEmpty()) {
            return printed.isEmpty() ? Verdict.holds(1) : Verdict.fails("settled: " + run.stdout());
        }
        if (printed.size() != 1) {
            return Verdict.fails("expected one line, " + expected.get() + ", got:\n" + run.stdout());
        }
        TraceEvent line = printed.getFirst();
        String text = line.detail().substring("stdout: ".length());
        long ms = line.micros() / 1000;
        if (!text.equals(expected.get().line()) || ms != expected.get().ms()) {
            return Verdict.fails("expected '" + expected.get().line() + "' at "
                    + expected.get().ms() + " ms, got '" + text + "' at " + line.time() + " ms");
        }
        return Verdict.holds(1);
    }

    @Test
    void allRejectsAtTheTimeOfTheFirstRejectionWithoutWaitingForSlowerInputs() {
        assertThat(check("all", 1).facts()).isEqualTo(PROGRAMS);
    }

    @Test
    void allSettledHasOneEntryPerInputInInputOrderOnceTheLastHasSettled() {
        assertThat(check("allSettled", 10_000).facts()).isEqualTo(PROGRAMS);
    }

    @Test
    void raceTakesTheFirstInputToSettle() {
        assertThat(check("race", 20_000).facts()).isEqualTo(PROGRAMS);
    }

    @Test
    void anyRejectsWithEveryReasonInInputOrderOnlyAfterAllHaveRejected() {
        assertThat(check("any", 30_000).facts()).isEqualTo(PROGRAMS);
    }
}
