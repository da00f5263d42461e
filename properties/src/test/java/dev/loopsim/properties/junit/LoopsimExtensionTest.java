package dev.loopsim.properties.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.explore.Invariant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

class LoopsimExtensionTest {
    @TempDir
    Path directory;

    /**
     * A user's test class, run by {@link #run} through the JUnit launcher. Surefire leaves nested classes
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

        @LoopsimTest
        void theStoreIsKeyedByTheTestClassAndMethod(FailureStore failures) {
            assertThat(failures.testKey())
                    .isEqualTo(CounterProperties.class.getName() + ".theStoreIsKeyedByTheTestClassAndMethod");
            assertThat(failures.file("x.js").getFileName().toString())
                    .isEqualTo("dev.loopsim.properties.junit.LoopsimExtensionTest_CounterProperties"
                            + ".theStoreIsKeyedByTheTestClassAndMethod.x.js.txt");
        }
    }

    private List<TestExecutionResult> run(Class<?> testClass, String method) {
        List<TestExecutionResult> results = new ArrayList<>();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectMethod(testClass, method, FailureStore.class.getName()))
                                .configurationParameter(LoopsimExtension.DIRECTORY_PARAMETER, directory.toString())
                                .build(),
                        new TestExecutionListener() {
                            @Override
                            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                                if (id.isTest()) {
                                    results.add(result);
                                }
                            }
                        });
        return results;
    }

    @Test
    void aLoopsimTestGetsAStoreKeyedByItsClassAndMethodInTheConfiguredDirectory() {
        assertThat(run(CounterProperties.class, "theStoreIsKeyedByTheTestClassAndMethod"))
                .singleElement()
                .extracting(TestExecutionResult::getStatus)
                .isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
    }

    @Test
    void aFailingPropertyIsOneFailureAndTheNextRunReplaysItFromTheStore() {
        List<TestExecutionResult> first = run(CounterProperties.class, "counterIsNeverLost");
        List<TestExecutionResult> second = run(CounterProperties.class, "counterIsNeverLost");

        assertThat(first).singleElement().satisfies(result -> {
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
        assertThat(second).singleElement().satisfies(result -> assertThat(result.getThrowable())
                .get()
                .extracting(Throwable::getMessage)
                .asString()
                .contains("not explored; replayed from the failure store " + file));
    }
}
