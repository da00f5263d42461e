package dev.loopsim.properties.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs a user's test class through the JUnit launcher, as an IDE or surefire would, with a failure store directory. */
final class Launch {
    private Launch() {}

    /** The result of each test method of {@code testClass}, by method name. */
    static Map<String, TestExecutionResult> run(Class<?> testClass, Path failures) {
        Map<String, TestExecutionResult> results = new LinkedHashMap<>();
        LauncherFactory.create()
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectClass(testClass))
                                .configurationParameter(LoopsimExtension.DIRECTORY_PARAMETER, failures.toString())
                                .build(),
                        new TestExecutionListener() {
                            @Override
                            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                                if (id.getSource().orElse(null) instanceof MethodSource method) {
                                    results.put(method.getMethodName(), result);
                                }
                            }
                        });
        return results;
    }
}
