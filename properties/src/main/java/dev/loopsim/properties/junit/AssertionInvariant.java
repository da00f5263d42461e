package dev.loopsim.properties.junit;

import dev.loopsim.properties.assertions.ExplorationAssert;
import dev.loopsim.properties.assertions.LoopsimAssertions;
import dev.loopsim.properties.assertions.RunAssert;
import dev.loopsim.properties.assertions.StepAssert;
import dev.loopsim.properties.assertions.TraceAssert;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.explore.Violation;
import dev.loopsim.properties.run.Run;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An invariant written as assertions: a run breaks it when {@code assertions} throw an
 * {@link AssertionError}, whose message is the violation's. The kind — what shrinking keeps — is the
 * line of the test that failed ({@code assertion at CounterTest.java:42}), so a smaller run only counts
 * when the same assertion fails, whatever values its message shows.
 */
final class AssertionInvariant implements Invariant {
    /** Frames of these packages are the assertion libraries', not the test's. */
    private static final List<String> LIBRARY_PACKAGES =
            List.of("org.assertj.", "org.junit.", "org.opentest4j.", "java.", "jdk.", "sun.");

    /** loopsim's own assertion classes. */
    private static final List<Class<?>> LOOPSIM_ASSERTIONS = List.of(
            LoopsimAssertions.class, RunAssert.class, TraceAssert.class, StepAssert.class, ExplorationAssert.class);

    private final Consumer<Run> assertions;

    AssertionInvariant(Consumer<Run> assertions) {
        this.assertions = assertions;
    }

    @Override
    public Optional<Violation> check(Run run) {
        try {
            assertions.accept(run);
            return Optional.empty();
        } catch (AssertionError e) {
            return Optional.of(new Violation(kind(e), String.valueOf(e.getMessage())));
        }
    }

    /** {@code assertion at CounterTest.java:42}: the first frame outside the assertion libraries. */
    static String kind(AssertionError e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (!isLibrary(frame.getClassName()) && frame.getFileName() != null) {
                return "assertion at " + frame.getFileName() + ":" + frame.getLineNumber();
            }
        }
        return "assertion " + e.getClass().getSimpleName();
    }

    private static boolean isLibrary(String className) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return LIBRARY_PACKAGES.stream().anyMatch(className::startsWith)
                || LOOPSIM_ASSERTIONS.stream().anyMatch(c -> c.getName().equals(outer));
    }
}
