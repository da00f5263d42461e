package dev.loopsim.properties.assertions;

import static dev.loopsim.properties.assertions.LoopsimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.Explorer;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.explore.SearchStrategy;
import dev.loopsim.properties.run.Choice;
import dev.loopsim.properties.run.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplorationAssertTest {
    private static final Explorer.Settings SETTINGS =
            Explorer.Settings.defaults().withRuns(100).withSeed(7).withJobs(2);

    private static final Exploration LOST =
            new Explorer(TestScripts.LOST_UPDATE, Invariant.exitsZero(), SETTINGS).explore(Explorer.Progress.NONE);

    private static final Exploration ORDER = new Explorer(
                    TestScripts.ORDER, Invariant.exitsZero(), SETTINGS.withRuns(5))
            .explore(Explorer.Progress.NONE);

    @Test
    void hasNoFailuresFailsWithTheWholeCounterexample() {
        Exploration.Counterexample counterexample = LOST.counterexample().orElseThrow();
        Run minimal = counterexample.minimalRun();
        List<String> choices = minimal.choices().stream().map(c -> "\n    " + c).toList();
        String replay = counterexample
                .minimal()
                .toString()
                .replace(" ", "")
                .replace("[", "")
                .replace("]", "");

        assertThatThrownBy(() -> assertThat(LOST, TestScripts.LOST_UPDATE).hasNoFailures())
                .hasMessageStartingWith("property failed: /app/lost-update.js: exit code 1\n"
                        + "  found by: strategy random, seed 7: run " + counterexample.run()
                        + " (counting from 0) was the first to fail; " + LOST.failures() + " of 100 runs failed\n"
                        + "  shrunk from " + counterexample.found() + " in " + counterexample.shrinkAttempts()
                        + " re-runs\n"
                        + "  the minimal run's choices:" + String.join("", choices) + "\n"
                        + "  minimal choice sequence: " + counterexample.minimal() + "\n"
                        + "  replay: loopsim run /app/lost-update.js --replay " + replay + "\n"
                        + "  in Java: script.run(ChoiceSequence.parse(\"" + counterexample.minimal()
                        + "\").stream(), true)\n"
                        + "  violation: exit code 1: AssertionError")
                .hasMessageContaining("  the minimal run printed (exit code 1): nothing\n  and to stderr:\n")
                .hasMessageEndingWith("printed (exit code 0):\n      | counter 2");
    }

    @Test
    void withoutTheScriptTheReplayLineNamesAPlaceholder() {
        assertThatThrownBy(() -> assertThat(LOST).hasNoFailures())
                .hasMessageStartingWith("property failed: SCRIPT: exit code 1\n")
                .hasMessageContaining("  replay: loopsim run SCRIPT --replay ");
    }

    @Test
    void foundFailureHoldsForTheLostUpdateAndFailsListingTheOutcomesOtherwise() {
        assertThat(LOST).foundFailure().foundFailureOfKind("exit code 1");

        assertThatThrownBy(() -> assertThat(ORDER).foundFailure()).hasMessage("""
                        Expected a failing run, but all 5 runs passed (strategy random, seed 7); the outcomes:
                          5 × exit code 0, printing
                            | sync
                            | tick
                            | microtask
                            | timeout 0
                            | timeout 150""");
        assertThatThrownBy(() -> assertThat(LOST).foundFailureOfKind("invariant 'x'"))
                .hasMessageStartingWith(
                        "Expected a failure of kind 'invariant 'x'', but the one found is 'exit code 1':\n"
                                + "property failed: SCRIPT: exit code 1\n");
    }

    @Test
    void shrunkToComparesTheMinimalRunsChoicesInTheScenariosTerms() {
        String[] made = LOST.counterexample().orElseThrow().minimalRun().choices().stream()
                .map(Choice::toString)
                .toArray(String[]::new);

        assertThat(LOST).shrunkTo(made);
        assertThatThrownBy(() -> assertThat(LOST).shrunkTo("io-same-ms@1 = 2nd"))
                .hasMessageStartingWith("Expected the failure to shrink to\n  | io-same-ms@1 = 2nd\n"
                        + "but the minimal run's choices are\n  | " + made[0]);
    }

    @Test
    void coveredEveryScheduleHoldsOnlyForACompleteExhaustiveSearch() {
        Exploration complete = new Explorer(
                        TestScripts.TWO_REQUESTS,
                        Invariant.exitsZero(),
                        SETTINGS.withStrategy(new SearchStrategy.Exhaustive(10_000)))
                .explore(Explorer.Progress.NONE);
        Exploration bounded = new Explorer(
                        TestScripts.TWO_REQUESTS,
                        Invariant.exitsZero(),
                        SETTINGS.withStrategy(new SearchStrategy.Exhaustive(10)))
                .explore(Explorer.Progress.NONE);

        assertThat(complete).coveredEverySchedule().hasNoFailures();
        assertThatThrownBy(() -> assertThat(bounded).coveredEverySchedule())
                .hasMessage(
                        "Expected complete coverage, but the exhaustive search stopped at its bound of 10 schedules");
        assertThatThrownBy(() -> assertThat(ORDER).coveredEverySchedule())
                .hasMessage("Expected complete coverage, but the search (random) was not exhaustive");
    }
}
