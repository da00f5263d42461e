package dev.loopsim.properties.explore;

import dev.loopsim.properties.run.Run;
import dev.loopsim.trace.TraceEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What every run of a search must satisfy: a run that breaks it is a failure the explorer reports and
 * shrinks. The basic one is node's own verdict — exit code 0 — and others are predicates over the
 * run's output and its trace, written in Java or in a scenario's front-matter.
 */
@FunctionalInterface
public interface Invariant {

    /** The violation, or empty when the run satisfies the invariant. */
    Optional<Violation> check(Run run);

    /** Whether checking needs the run's trace; a search that needs none runs untraced, which is faster. */
    default boolean readsTrace() {
        return true;
    }

    /** Both: the first violation of this one, else of {@code other}. */
    default Invariant and(Invariant other) {
        Invariant self = this;
        return new Invariant() {
            @Override
            public Optional<Violation> check(Run run) {
                return self.check(run).or(() -> other.check(run));
            }

            @Override
            public boolean readsTrace() {
                return self.readsTrace() || other.readsTrace();
            }
        };
    }

    /** The violation kind of a run that never ends (stopped at loopsim's callback limit). */
    String NEVER_ENDS = "never ends";

    /**
     * The run exits with code 0: no uncaught exception, failed {@code assert}, unhandled rejection crash
     * or {@code process.exit(n)}, and it ends (a run stopped at the callback limit is {@link #NEVER_ENDS}).
     * The message is the error node printed (its first lines on stderr).
     */
    static Invariant exitsZero() {
        return new Invariant() {
            @Override
            public Optional<Violation> check(Run run) {
                if (run.endless()) {
                    return Optional.of(new Violation(NEVER_ENDS, errorLine(run.stderr())));
                }
                if (run.exitCode() == 0) {
                    return Optional.empty();
                }
                return Optional.of(new Violation("exit code " + run.exitCode(), errorLine(run.stderr())));
            }

            @Override
            public boolean readsTrace() {
                return false;
            }
        };
    }

    /** A named predicate over the whole run (stdout, exit code, trace). */
    static Invariant that(String name, Predicate<Run> holds) {
        return run -> holds.test(run) ? Optional.empty() : Optional.of(new Violation("invariant '" + name + "'", ""));
    }

    /** A named predicate over the run's trace alone. */
    static Invariant onTrace(String name, Predicate<List<TraceEvent>> holds) {
        return that(name, run -> holds.test(run.trace()));
    }

    /**
     * The line of node's report that says what went wrong: the first that names an error
     * ({@code AssertionError [ERR_ASSERTION]: …}, {@code TypeError: …}), else the first non-empty one.
     */
    private static String errorLine(String stderr) {
        List<String> lines =
                stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.stream()
                .filter(l -> l.matches("^(Uncaught )?[A-Za-z]*Error\\b.*|^\\[?[A-Za-z]*Error.*"))
                .findFirst()
                .or(() -> lines.stream().findFirst())
                // An error with own properties prints as `[Error: …] {`, its properties on the next lines.
                .map(line -> line.endsWith(" {") ? line.substring(0, line.length() - 2) : line)
                .orElse("");
    }
}
