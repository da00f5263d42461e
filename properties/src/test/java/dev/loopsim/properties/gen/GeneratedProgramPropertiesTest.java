package dev.loopsim.properties.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.gen.ProgramCheck.Verdict;
import dev.loopsim.properties.run.Run;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.TraceEvent.Kind;
import dev.loopsim.trace.TraceFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Event-loop invariants over 1,000 random programs each (fake I/O, close and equal timer delays, races),
 * every decision of each run drawn at random from the program's seed.
 */
class GeneratedProgramPropertiesTest {
    static final int PROGRAMS = 1000;
    static final ProgramGenerator GENERATOR = new ProgramGenerator(ProgramGenerator.Profile.everything());

    /** A program with its traced run under random choices seeded by the program's draws. */
    record Ran(GeneratedProgram program, Observed observed) {
        static Ran of(GeneratedProgram program) {
            long seed = program.draws().hashCode();
            Run run = program.script("/app/gen.js").run(Observed.randomChoices(seed), true);
            return new Ran(program, Observed.of(run));
        }
    }

    private static ProgramCheck<Ran> check(String name, Function<Ran, Verdict> property) {
        return new ProgramCheck<>(
                name,
                draws -> Ran.of(GENERATOR.generate(draws)),
                ran -> ran.program().text() + "\n" + ran.observed().replay(),
                property);
    }

    @Test
    void ticksAndMicrotasksQueuedInADrainRunBeforeTheNextMacrotaskStarts() {
        var outcome = check("drain before the next macrotask", ran -> {
                    Observed seen = ran.observed();
                    int facts = 0;
                    for (Step step : ran.program().steps()) {
                        if (step.anchor() == null
                                || step.anchor().equals(step.label())
                                || !seen.printed(step.label())) {
                            continue;
                        }
                        if (!step.anchor().equals(Step.MAIN) && !seen.printed(step.anchor())) {
                            return Verdict.fails(
                                    step.label() + " printed, but not " + step.anchor() + " it is bound to");
                        }
                        int expected = seen.macrotaskOf(step.anchor());
                        int actual = seen.macrotaskOf(step.label());
                        if (actual != expected) {
                            return Verdict.fails(step.label() + " (" + step.kind() + ") ran in macrotask " + actual
                                    + "'s drain, but it was queued in the drain of " + step.anchor()
                                    + " (macrotask " + expected + ")");
                        }
                        facts++;
                    }
                    return Verdict.holds(facts);
                })
                .assertHolds(ProgramCheck.Settings.of(PROGRAMS, 1));
        assertThat(outcome.facts())
                .as("steps bound to a drain that were checked")
                .isGreaterThan(PROGRAMS);
    }

    @Test
    void aMacrotaskDrainsItsNextTicksBeforeItsPromiseJobsAndAMicrotaskTheOtherWayRound() {
        var outcome = check("nextTicks before promise jobs", ran -> {
                    Observed seen = ran.observed();
                    Map<Integer, List<Step>> ticks = new HashMap<>();
                    Map<Integer, List<Step>> jobs = new HashMap<>();
                    for (Step step : ran.program().steps()) {
                        if (step.queuedIn() < 0 || !seen.printed(step.label())) {
                            continue;
                        }
                        (step.kind() == Step.Kind.TICK ? ticks : jobs)
                                .computeIfAbsent(step.queuedIn(), k -> new ArrayList<>())
                                .add(step);
                    }
                    int facts = 0;
                    for (var entry : ticks.entrySet()) {
                        List<Step> queuedJobs = jobs.getOrDefault(entry.getKey(), List.of());
                        boolean inMicrotask = ran.program()
                                .segment(entry.getKey())
                                .orElseThrow()
                                .inMicrotask();
                        for (Step tick : entry.getValue()) {
                            for (Step job : queuedJobs) {
                                int t = seen.position().get(tick.label());
                                int j = seen.position().get(job.label());
                                boolean tickFirst = t < j;
                                if (tickFirst == inMicrotask) {
                                    return Verdict.fails("segment " + entry.getKey()
                                            + (inMicrotask ? " (a microtask)" : " (a macrotask or tick)")
                                            + " queued tick "
                                            + tick.label() + " and " + job.kind() + " " + job.label()
                                            + ", which printed " + (tickFirst ? "after" : "before") + " it");
                                }
                                facts++;
                            }
                        }
                    }
                    return Verdict.holds(facts);
                })
                .assertHolds(ProgramCheck.Settings.of(PROGRAMS, 100_000));
        assertThat(outcome.facts()).as("tick/job pairs checked").isGreaterThan(PROGRAMS / 2);
    }

    /** A timer's life in the trace: when it was set (libuv's whole ms), its delay, when it fired. */
    record TimerLife(long id, long setMs, long delay, long firedMicros, int firedAt) {
        long due() {
            return setMs + delay;
        }
    }

    static List<TimerLife> timers(Run run) {
        Map<Long, TraceEvent> set = new HashMap<>();
        List<TimerLife> fired = new ArrayList<>();
        for (TraceEvent e : run.trace()) {
            if (e.kind() == Kind.TIMER_SET) {
                set.put(e.id(), e);
            } else if (e.kind() == Kind.TIMER_FIRED) {
                TraceEvent s = set.get(e.id());
                long delay = Long.parseLong(s.detail().replace(" ms", ""));
                fired.add(new TimerLife(e.id(), s.micros() / 1000, delay, e.micros(), fired.size()));
            }
        }
        return fired;
    }

    @Test
    void timersNeverFireEarlyAndFireInOrderOfDueTimeThenCreationForEqualDelays() {
        var outcome = check("timers fire on time, in order", ran -> {
                    Run run = ran.observed().run();
                    List<TimerLife> fired = timers(run);
                    long setCount = run.trace().stream()
                            .filter(e -> e.kind() == Kind.TIMER_SET)
                            .count();
                    if (run.exitCode() == 0 && fired.size() != setCount) {
                        return Verdict.fails(
                                setCount + " timers set, " + fired.size() + " fired, and the run ended well");
                    }
                    for (TimerLife t : fired) {
                        if (t.firedMicros() < t.due() * 1000) {
                            return Verdict.fails("timer #" + t.id() + " set at " + t.setMs() + " ms for " + t.delay()
                                    + " ms fired early, at " + TraceFormat.jsonLine(firedEvent(run, t)));
                        }
                    }
                    for (int i = 1; i < fired.size(); i++) {
                        TimerLife a = fired.get(i - 1);
                        TimerLife b = fired.get(i);
                        if (b.due() < a.due()) {
                            return Verdict.fails("timer #" + b.id() + " due at " + b.due() + " ms fired after timer #"
                                    + a.id() + " due at " + a.due() + " ms");
                        }
                        if (b.due() == a.due() && b.delay() == a.delay() && b.id() < a.id()) {
                            return Verdict.fails("timers #" + b.id() + " and #" + a.id() + " of " + a.delay()
                                    + " ms, both due at " + a.due() + " ms, fired against their creation order");
                        }
                    }
                    return Verdict.holds(fired.size());
                })
                .assertHolds(ProgramCheck.Settings.of(PROGRAMS, 200_000));
        assertThat(outcome.facts()).as("timers that fired").isGreaterThan(PROGRAMS);
    }

    private static TraceEvent firedEvent(Run run, TimerLife t) {
        return run.trace().stream()
                .filter(e -> e.kind() == Kind.TIMER_FIRED && e.id() == t.id())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSameDrawsGiveTheSameProgramAndTheSameChoicesTheSameTrace() {
        var outcome = new ProgramCheck<>(
                        "same choices, same trace", GENERATOR::generate, GeneratedProgram::text, program -> {
                            GeneratedProgram again = GENERATOR.generate(Draws.replaying(program.draws()));
                            if (!again.text().equals(program.text())) {
                                return Verdict.fails("replaying the draws printed another program:\n" + again.text());
                            }
                            long seed = program.draws().hashCode();
                            Run first = program.script("/app/gen.js").run(Observed.randomChoices(seed), true);
                            ChoiceSequence choices = ChoiceSequence.of(first.answers());
                            Run second = again.script("/app/gen.js").run(choices.stream(), true);
                            List<String> a = first.trace().stream()
                                    .map(TraceFormat::jsonLine)
                                    .toList();
                            List<String> b = second.trace().stream()
                                    .map(TraceFormat::jsonLine)
                                    .toList();
                            if (!a.equals(b)) {
                                int i = 0;
                                while (i < Math.min(a.size(), b.size())
                                        && a.get(i).equals(b.get(i))) {
                                    i++;
                                }
                                return Verdict.fails("with choices " + choices + " the traces part at event " + (i + 1)
                                        + ":\n" + (i < a.size() ? a.get(i) : "(end)") + "\n"
                                        + (i < b.size() ? b.get(i) : "(end)"));
                            }
                            return Verdict.holds(a.size());
                        })
                .assertHolds(ProgramCheck.Settings.of(PROGRAMS, 300_000));
        assertThat(outcome.facts()).as("trace events compared").isGreaterThan(10L * PROGRAMS);
    }
}
