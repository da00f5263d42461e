package dev.loopsim.properties.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.gen.ProgramCheck.Verdict;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import dev.loopsim.trace.TraceEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over 1,000 focused programs: awaiting independent fake I/O operations one after another takes the sum
 * of their latencies in virtual time, awaiting them with {@code Promise.all} the largest.
 */
class IoTimingPropertiesTest {
    static final int PROGRAMS = 1000;

    static Verdict verdict(IoTimingProgram program) {
        Run run = Script.of("/app/io.js", program.text()).run();
        if (run.exitCode() != 0) {
            return Verdict.fails("exit code " + run.exitCode() + "\n" + run.stderr());
        }
        long sum = program.latencies().stream().mapToLong(Integer::longValue).sum();
        long max =
                program.latencies().stream().mapToLong(Integer::longValue).max().orElseThrow();
        long sequentialMs = program.sequentialFirst() ? sum : max + sum;
        long parallelMs = program.sequentialFirst() ? sum + max : max;
        List<TraceEvent> lines = run.trace().stream()
                .filter(e -> e.kind() == TraceEvent.Kind.CONSOLE)
                .toList();
        for (TraceEvent line : lines) {
            String text = line.detail().substring("stdout: ".length());
            long expected = text.startsWith("sequential") ? sequentialMs : parallelMs;
            if (line.micros() / 1000 != expected) {
                return Verdict.fails("'" + text + "' printed at " + line.time() + " ms, expected at " + expected
                        + " ms (latencies " + program.latencies() + ")");
            }
        }
        return lines.size() == 2 ? Verdict.holds(2) : Verdict.fails("expected two lines:\n" + run.stdout());
    }

    @Test
    void sequentialAwaitsTakeTheSumOfTheLatenciesAndPromiseAllTheLargest() {
        var outcome = new ProgramCheck<>(
                        "sequential sum, parallel max",
                        IoTimingProgram::generate,
                        IoTimingProgram::text,
                        IoTimingPropertiesTest::verdict)
                .assertHolds(ProgramCheck.Settings.of(PROGRAMS, 1));
        assertThat(outcome.facts()).isEqualTo(2L * PROGRAMS);
    }
}
