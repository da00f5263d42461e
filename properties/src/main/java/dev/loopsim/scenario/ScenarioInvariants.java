package dev.loopsim.scenario;

import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.explore.Violation;
import dev.loopsim.properties.run.Run;
import java.util.List;
import java.util.Optional;

/**
 * The {@link Invariant} a scenario's front-matter declares: its exit code (0 unless an {@code exit:} entry
 * says otherwise), then each {@code prints}, {@code never-prints} and {@code order} entry in the order
 * written. A broken entry is the violation {@code invariant 'prints counter 2'}; a wrong exit code is
 * {@code exit code 1}, as {@link Invariant#exitsZero()} names it. None reads the trace.
 */
public final class ScenarioInvariants {
    private ScenarioInvariants() {}

    /** Everything {@code scenario}'s runs must satisfy. */
    public static Invariant of(Scenario scenario) {
        Invariant all = scenario.invariants().stream()
                .filter(i -> i instanceof ScenarioInvariant.Exit)
                .map(i -> exits(((ScenarioInvariant.Exit) i).code()))
                .findFirst()
                .orElse(Invariant.exitsZero());
        for (ScenarioInvariant invariant : scenario.invariants()) {
            if (!(invariant instanceof ScenarioInvariant.Exit)) {
                all = all.and(entry(invariant));
            }
        }
        return all;
    }

    /** The run exits with {@code code}; the violation is named after the code it exited with instead. */
    static Invariant exits(int code) {
        if (code == 0) {
            return Invariant.exitsZero();
        }
        Invariant errorLine = Invariant.exitsZero();
        return untraced(run -> {
            if (run.endless()) {
                return errorLine.check(run); // never ends, whatever code was expected
            }
            if (run.exitCode() == code) {
                return Optional.empty();
            }
            String detail = errorLine.check(run).map(Violation::message).orElse("");
            return Optional.of(new Violation(
                    "exit code " + run.exitCode(),
                    "expected exit code " + code + (detail.isEmpty() ? "" : "; " + detail)));
        });
    }

    private static Invariant entry(ScenarioInvariant invariant) {
        return untraced(run -> check(invariant, run.stdoutLines())
                .map(message -> new Violation("invariant '" + invariant.name() + "'", message)));
    }

    /** What is wrong with {@code lines} (the run's stdout), or empty when the entry holds. */
    static Optional<String> check(ScenarioInvariant invariant, List<String> lines) {
        return switch (invariant) {
            case ScenarioInvariant.Exit e -> Optional.empty();
            case ScenarioInvariant.Prints p ->
                lines.contains(p.line()) ? Optional.empty() : Optional.of("no line of stdout is '" + p.line() + "'");
            case ScenarioInvariant.NeverPrints n -> {
                int at = lines.indexOf(n.line());
                yield at < 0 ? Optional.empty() : Optional.of("line " + (at + 1) + " of stdout is '" + n.line() + "'");
            }
            case ScenarioInvariant.Order o -> {
                for (String line : o.lines()) {
                    if (!lines.contains(line)) {
                        yield Optional.of("'" + line + "' was never printed");
                    }
                }
                for (int i = 1; i < o.lines().size(); i++) {
                    String before = o.lines().get(i - 1);
                    String after = o.lines().get(i);
                    if (lines.indexOf(after) < lines.indexOf(before)) {
                        yield Optional.of("'" + after + "' (line " + (lines.indexOf(after) + 1) + ") came before '"
                                + before + "' (line " + (lines.indexOf(before) + 1) + ")");
                    }
                }
                yield Optional.empty();
            }
        };
    }

    private static Invariant untraced(Invariant check) {
        return new Invariant() {
            @Override
            public Optional<Violation> check(Run run) {
                return check.check(run);
            }

            @Override
            public boolean readsTrace() {
                return false;
            }
        };
    }
}
