package dev.loopsim.properties.assertions;

import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.run.Choice;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over what a search found: {@code hasNoFailures()} fails with the whole counterexample
 * (shrunk choices, replay line, violation); {@code foundFailure()} the other way round.
 */
public final class ExplorationAssert extends AbstractAssert<ExplorationAssert, Exploration> {
    private final String scriptFile;

    ExplorationAssert(Exploration exploration, String scriptFile) {
        super(exploration, ExplorationAssert.class);
        this.scriptFile = scriptFile;
    }

    /** Every run satisfied the invariant. */
    public ExplorationAssert hasNoFailures() {
        isNotNull();
        if (actual.counterexample().isPresent()) {
            throw failure("%s", CounterexampleMessage.of(scriptFile, actual));
        }
        return this;
    }

    /** Some run broke the invariant (and was shrunk). */
    public ExplorationAssert foundFailure() {
        isNotNull();
        if (actual.counterexample().isEmpty()) {
            StringBuilder outcomes = new StringBuilder();
            for (Exploration.Outcome outcome : actual.outcomes()) {
                outcomes.append("\n  ")
                        .append(outcome.count())
                        .append(" × exit code ")
                        .append(outcome.exitCode())
                        .append(", printing")
                        .append(RunAssert.block(outcome.stdout().lines().toList())
                                .replace("\n", "\n  "));
            }
            throw failure(
                    "%s",
                    "Expected a failing run, but all " + actual.runs() + " runs passed ("
                            + CounterexampleMessage.settings(actual.strategy(), actual.seed()) + ")"
                            + actual.coverage()
                                    .filter(Exploration.Coverage::complete)
                                    .map(c -> ", every schedule covered")
                                    .orElse("")
                            + "; the outcomes:" + outcomes);
        }
        return this;
    }

    /** The failure found is of this kind: {@code exit code 1}, {@code invariant 'total is 2'}. */
    public ExplorationAssert foundFailureOfKind(String kind) {
        foundFailure();
        String found = actual.counterexample().orElseThrow().violation().kind();
        if (!found.equals(kind)) {
            throw failure(
                    "%s",
                    "Expected a failure of kind '" + kind + "', but the one found is '" + found + "':\n"
                            + CounterexampleMessage.of(scriptFile, actual));
        }
        return this;
    }

    /** The minimal run's decisions, in order, are exactly these ({@code Choice.toString()}: {@code io-same-ms@1 = 2nd}). */
    public ExplorationAssert shrunkTo(String... choices) {
        foundFailure();
        List<String> made = actual.counterexample().orElseThrow().minimalRun().choices().stream()
                .map(Choice::toString)
                .toList();
        if (!made.equals(List.of(choices))) {
            throw failure(
                    "%s",
                    "Expected the failure to shrink to" + RunAssert.block(List.of(choices))
                            + "\nbut the minimal run's choices are" + RunAssert.block(made) + "\n"
                            + CounterexampleMessage.of(scriptFile, actual));
        }
        return this;
    }

    /** An exhaustive search ran every schedule there is. */
    public ExplorationAssert coveredEverySchedule() {
        isNotNull();
        if (actual.coverage().isEmpty()) {
            throw failure(
                    "%s", "Expected complete coverage, but the search (" + actual.strategy() + ") was not exhaustive");
        }
        if (!actual.coverage().get().complete()) {
            throw failure(
                    "%s",
                    "Expected complete coverage, but the exhaustive search stopped at its bound of "
                            + actual.coverage().get().schedules() + " schedules");
        }
        return this;
    }
}
