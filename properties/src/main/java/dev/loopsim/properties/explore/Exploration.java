package dev.loopsim.properties.explore;

import dev.loopsim.properties.run.Run;
import java.util.List;
import java.util.Optional;

/**
 * What a search found: the distinct outcomes with how often each appeared, the first failing run shrunk
 * to a minimal counterexample, and for an exhaustive search whether it covered every schedule. The same
 * script, settings and seed give an equal exploration whatever the number of threads.
 *
 * @param runs the runs counted (an exhaustive search: the schedules explored)
 * @param outcomes the distinct outcomes, most frequent first, ties by first appearance
 * @param failures how many runs broke the invariant
 */
public record Exploration(
        SearchStrategy strategy,
        long seed,
        int runs,
        List<Outcome> outcomes,
        int failures,
        Optional<Counterexample> counterexample,
        Optional<Coverage> coverage) {

    public Exploration {
        outcomes = List.copyOf(outcomes);
    }

    /** One distinct way the runs ended: what they printed, the exit code, and the violation if any. */
    public record Outcome(String stdout, int exitCode, Optional<Violation> violation, int count, int firstRun) {
        public boolean failed() {
            return violation.isPresent();
        }
    }

    /** How much of the tree of schedules an exhaustive search ran, and whether that was all of it. */
    public record Coverage(boolean complete, int schedules) {}

    /**
     * The first failing run (in run order) and what shrinking made of it.
     *
     * @param run the index of the failing run found
     * @param found its choice sequence
     * @param minimal the smallest sequence that still fails the same way
     * @param minimalRun the run of {@code minimal}, traced
     * @param violation how {@code minimalRun} fails
     * @param passing a run that passes, traced, to compare with: the all-defaults run when it passes,
     *     else the first passing run of the search; empty when none passed
     */
    public record Counterexample(
            int run,
            ChoiceSequence found,
            ChoiceSequence minimal,
            Run minimalRun,
            Violation violation,
            int shrinkAttempts,
            boolean shrinkBudgetExhausted,
            Optional<Run> passing) {}

    public boolean failed() {
        return failures > 0;
    }
}
