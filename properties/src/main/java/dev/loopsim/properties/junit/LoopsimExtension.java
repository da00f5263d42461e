package dev.loopsim.properties.junit;

import java.lang.reflect.Method;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives a test method its {@link FailureStore}, keyed by the test class and method, so a property
 * replays the failures of earlier runs first: {@code void lostUpdate(FailureStore failures)}. The store
 * lives in {@code target/loopsim-failures} (relative to the working directory, the module's under Maven),
 * or where the configuration parameter {@value #DIRECTORY_PARAMETER} says (a system property or
 * {@code junit-platform.properties}).
 */
public final class LoopsimExtension implements ParameterResolver {
    /** The configuration parameter naming the failure store's directory. */
    public static final String DIRECTORY_PARAMETER = "loopsim.failures.dir";
    /** The store's directory when the parameter is not set. */
    public static final Path DEFAULT_DIRECTORY = Path.of("target", "loopsim-failures");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FailureStore.class;
    }

    @Override
    public FailureStore resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Method method = context.getTestMethod()
                .orElseThrow(() -> new ParameterResolutionException(
                        "a FailureStore is keyed by its test method: ask for it as a parameter of a test method"));
        Path directory = context.getConfigurationParameter(DIRECTORY_PARAMETER)
                .map(Path::of)
                .orElse(DEFAULT_DIRECTORY);
        return new FailureStore(directory, context.getRequiredTestClass().getName() + "." + method.getName());
    }
}
