package dev.loopsim.properties.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.explore.Invariant;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.AssertionFailedError;

class LoopsimExtensionTest {
    @TempDir
    Path directory;

    /**
     * A user's test class, run by {@link Launch} through the JUnit launcher. Surefire leaves nested classes
     * alone ({@code **}{@code /*$*} is excluded by default), so it runs only from here.
     */
    static class CounterProperties {
        @LoopsimTest
        void counterIsNeverLost(FailureStore failures) {
            Loopsim.explore(TestScripts.LOST_UPDATE)
                    .runs(100)
                    .seed(7)
                    .jobs(2)
                    .failures(failures)
                    .check(Invariant.exitsZero());
        }
    }

    /** Another, run the same way. */
    static class StoreKeys {
        @LoopsimTest
        void theStoreIsKeyedByTheTestClassAndMethod(FailureStore failures) {
            assertThat(failures.testKey())
                    .isEqualTo(StoreKeys.class.getName() + ".theStoreIsKeyedByTheTestClassAndMethod");
            assertThat(failures.file("x.js").getFileName().toString())
                    .isEqualTo("dev.loopsim.properties.junit.LoopsimExtensionTest_StoreKeys"
                            + ".theStoreIsKeyedByTheTestClassAndMethod.x.js.txt");
        }
    }

    @Test
    void aLoopsimTestGetsAStoreKeyedByItsClassAndMethodInTheConfiguredDirectory() {
        assertThat(Launch.run(StoreKeys.class, directory).get("theStoreIsKeyedByTheTestClassAndMethod"))
                .extracting(TestExecutionResult::getStatus)
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void aFailingPropertyIsOneFailureAndTheNextRunReplaysItFromTheStore() {
        TestExecutionResult first =
                Launch.run(CounterProperties.class, directory).get("counterIsNeverLost");
        TestExecutionResult second =
                Launch.run(CounterProperties.class, directory).get("counterIsNeverLost");

        assertThat(first).satisfies(result -> {
            assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
            assertThat(result.getThrowable())
                    .get()
                    .isInstanceOf(AssertionFailedError.class)
                    .extracting(Throwable::getMessage)
                    .asString()
                    .startsWith(
                            "property failed: /app/lost-update.js: exit code 1\n  found by: strategy random, seed 7: run ");
        });
        Path file = directory.resolve(
                "dev.loopsim.properties.junit.LoopsimExtensionTest_CounterProperties.counterIsNeverLost.lost-update.js.txt");
        assertThat(file).exists();
        assertThat(second).satisfies(result -> assertThat(result.getThrowable())
                .get()
                .extracting(Throwable::getMessage)
                .asString()
                .contains("not explored; replayed from the failure store " + file));
    }
}
