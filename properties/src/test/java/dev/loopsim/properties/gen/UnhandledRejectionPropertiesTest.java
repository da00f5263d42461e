package dev.loopsim.properties.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.gen.ProgramCheck.Verdict;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.TraceEvent.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Node's default unhandled-rejections mode ({@code throw}) over 1,000 focused programs: a rejection
 * left unhandled at the end of its drain ends the run there with exit code 1, after everything that
 * drain queued and before anything else; a handler attached within the same drain prevents it.
 */
class UnhandledRejectionPropertiesTest {
    static final int PROGRAMS = 1000;

    static Verdict verdict(RejectionProgram program) {
        Run run = Script.of("/app/rejection.js", program.text()).run();
        int macrotasks = program.delays().size() + 1;
        int last = program.handling().inTime ? macrotasks - 1 : program.rejectingMacrotask();
        Set<String> expected = new HashSet<>();
        for (int k = 0; k <= last; k++) {
            String m = RejectionProgram.macrotask(k);
            expected.addAll(List.of(m, m + ".tick", m + ".microtask"));
        }
        if (program.handling().inTime) {
            expected.add("caught");
        }
        List<String> printed = new ArrayList<>(
                run.stdoutLines().stream().map(Observed::labelOf).toList());
        if (!new HashSet<>(printed).equals(expected) || printed.size() != expected.size()) {
            return Verdict.fails("expected " + expected + " printed, got " + printed);
        }
        int expectedCode = program.handling().inTime ? 0 : 1;
        if (run.exitCode() != expectedCode) {
            return Verdict.fails("exit code " + run.exitCode() + ", expected " + expectedCode + "\n" + run.stderr());
        }
        List<TraceEvent> trace = run.trace();
        int unhandled = indexOf(trace, Kind.UNHANDLED_REJECTION);
        if (program.handling().inTime) {
            return unhandled < 0 ? Verdict.holds(1) : Verdict.fails("an unhandled rejection was reported");
        }
        if (unhandled < 0) {
            return Verdict.fails("no unhandled rejection in the trace");
        }
        if (!run.stderr().contains("Error: boom")) {
            return Verdict.fails("the crash does not show the reason:\n" + run.stderr());
        }
        // At the end of that drain: nothing of the drain after it, no macrotask started after it.
        for (int i = unhandled + 1; i < trace.size(); i++) {
            Kind kind = trace.get(i).kind();
            if (kind == Kind.CONSOLE && trace.get(i).detail().startsWith("stdout:")
                    || kind == Kind.MACROTASK_START
                    || kind == Kind.MICROTASK_RUN
                    || kind == Kind.TICK_RUN) {
                return Verdict.fails("ran after the unhandled rejection: " + trace.get(i));
            }
        }
        long rejectedAtMs =
                program.rejectingMacrotask() == 0 ? 0 : program.delays().get(program.rejectingMacrotask() - 1);
        if (trace.get(unhandled).micros() / 1000 != rejectedAtMs) {
            return Verdict.fails("the rejection ended the run at "
                    + trace.get(unhandled).time() + " ms, not at " + rejectedAtMs + " ms");
        }
        return Verdict.holds(1);
    }

    private static int indexOf(List<TraceEvent> trace, Kind kind) {
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void anUnhandledRejectionEndsTheRunWithExitCode1AtTheEndOfItsDrainUnlessHandledWithinIt() {
        var outcome = new ProgramCheck<>(
                        "unhandled rejections (throw mode)",
                        RejectionProgram::generate,
                        RejectionProgram::text,
                        UnhandledRejectionPropertiesTest::verdict)
                .assertHolds(ProgramCheck.Settings.of(PROGRAMS, 1));
        assertThat(outcome.facts()).isEqualTo(PROGRAMS);
    }
}
