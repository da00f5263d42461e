package dev.loopsim.properties.junit;

import static dev.loopsim.properties.assertions.LoopsimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;

/** The README's example (section "Java tests") does what the README says it does. */
class ReadmeExampleTest {
    @TempDir
    Path directory;

    /** The README's {@code CounterTest}, with the scripts inline instead of loaded; run through {@link Launch}. */
    static class CounterTest {
        static final Script LOST_UPDATE = TestScripts.LOST_UPDATE;
        static final Script ORDER = TestScripts.ORDER;

        @LoopsimTest // @Test + LoopsimExtension: the FailureStore is this test's
        void theCounterCountsBothIncrements(FailureStore failures) {
            Loopsim.explore(LOST_UPDATE)
                    .runs(500)
                    .seed(42)
                    .strategy("pct")
                    .failures(failures)
                    .check(Invariant.exitsZero().and(Invariant.that("prints the count", run -> run.stdoutLines()
                            .contains("counter 2"))));
        }

        @LoopsimTest
        void theTimerReadsTheCounterAfterBothWrites(FailureStore failures) {
            // Any AssertionError inside is the violation, its message the violation's message.
            Loopsim.explore(LOST_UPDATE).runs(500).failures(failures).forAll(run -> assertThat(run)
                    .exitedWith(0)
                    .ran("counter 2")
                    .at(500));
        }

        @Test
        void oneRunWithEveryDecisionAtItsDefault() {
            Run run = ORDER.run(); // traced; ORDER.run(choiceStream, traced) takes other answers
            assertThat(run)
                    .printed("sync", "tick", "microtask", "timeout 0", "timeout 150")
                    .exitedWith(0);
            assertThat(run).ran("tick").before("microtask");
            assertThat(run.trace()).ran("timeout 150").at(150).ran("timeout 0").after("microtask");
        }
    }

    @Test
    void bothPropertiesFindTheLostUpdateAndTheSingleRunPasses() {
        Map<String, TestExecutionResult> results = Launch.run(CounterTest.class, directory);

        assertThat(results.get("oneRunWithEveryDecisionAtItsDefault").getStatus())
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        assertThat(results.get("theCounterCountsBothIncrements").getThrowable())
                .get()
                .isInstanceOf(AssertionFailedError.class)
                .extracting(Throwable::getMessage)
                .asString()
                .startsWith("property failed: /app/lost-update.js: exit code 1\n"
                        + "  found by: strategy pct:2, seed 42: run ")
                .contains("\n  minimal choice sequence: [20]\n  replay: loopsim run /app/lost-update.js --replay 20\n");
        assertThat(results.get("theTimerReadsTheCounterAfterBothWrites").getThrowable())
                .get()
                .extracting(Throwable::getMessage)
                .asString()
                .contains("\n  violation: assertion at ReadmeExampleTest.java:")
                .contains(": Expected exit code 0, but the run exited with 1\n");
    }
}
