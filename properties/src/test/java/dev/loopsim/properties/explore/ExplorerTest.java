package dev.loopsim.properties.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.run.Script;
import org.junit.jupiter.api.Test;

class ExplorerTest {

    private static final Script LOST_UPDATE = TestScripts.LOST_UPDATE;

    private static final Explorer.Settings SETTINGS =
            Explorer.Settings.defaults().withRuns(200).withSeed(7).withJobs(2);

    @Test
    void randomSearchFindsTheLostUpdateAndShrinksItToTheSmallestLatencyThatLosesIt() {
        Exploration exploration =
                new Explorer(LOST_UPDATE, Invariant.exitsZero(), SETTINGS).explore(Explorer.Progress.NONE);

        assertThat(exploration.failed()).isTrue();
        Exploration.Counterexample counterexample = exploration.counterexample().orElseThrow();
        // a's request must still be in flight when b reads the counter at 20 ms; a completion due in the
        // same millisecond as a timer runs first, so 21 ms is the least that loses it.
        assertThat(counterexample.minimalRun().choices())
                .extracting(Object::toString)
                .startsWith(
                        "latency:https://api.example.com/*@1 = 21 ms", "latency:https://api.example.com/*@2 = 1 ms");
        assertThat(counterexample.violation().kind()).isEqualTo("exit code 1");
        assertThat(counterexample.violation().message()).contains("AssertionError");
        assertThat(counterexample.passing())
                .hasValueSatisfying(run -> assertThat(run.stdout()).isEqualTo("counter 2\n"));
        assertThat(exploration.outcomes()).hasSize(2);
        assertThat(exploration.outcomes())
                .extracting(Exploration.Outcome::count)
                .containsExactlyInAnyOrder(exploration.failures(), 200 - exploration.failures());
    }

    @Test
    void theReportIsTheSameWhateverTheNumberOfThreads() {
        Exploration one =
                new Explorer(LOST_UPDATE, Invariant.exitsZero(), SETTINGS.withJobs(1)).explore(Explorer.Progress.NONE);
        Exploration three =
                new Explorer(LOST_UPDATE, Invariant.exitsZero(), SETTINGS.withJobs(3)).explore(Explorer.Progress.NONE);

        assertThat(three.outcomes()).isEqualTo(one.outcomes());
        assertThat(three.counterexample().orElseThrow().found())
                .isEqualTo(one.counterexample().orElseThrow().found());
        assertThat(three.counterexample().orElseThrow().minimal())
                .isEqualTo(one.counterexample().orElseThrow().minimal());
    }

    @Test
    void exhaustiveSearchCoversEverySchedule() {
        Explorer.Settings settings = SETTINGS.withStrategy(new SearchStrategy.Exhaustive(10_000));

        Exploration exploration =
                new Explorer(LOST_UPDATE, Invariant.exitsZero(), settings).explore(Explorer.Progress.NONE);

        assertThat(exploration.coverage()).hasValue(new Exploration.Coverage(true, exploration.runs()));
        // 60 × 60 latencies, and a tie at the same millisecond is one more decision with two outcomes.
        assertThat(exploration.runs()).isGreaterThanOrEqualTo(3600).isLessThan(10_000);
        // Depth-first order: the first failure found has the smallest latency of a that loses the update.
        assertThat(exploration.counterexample().orElseThrow().found().get(0)).isEqualTo(20);
    }

    @Test
    void anExhaustiveSearchThatHitsItsBoundSaysSoAndIsTheSameWhateverTheThreads() {
        Explorer.Settings settings = SETTINGS.withStrategy(new SearchStrategy.Exhaustive(500));

        Exploration one =
                new Explorer(LOST_UPDATE, Invariant.exitsZero(), settings.withJobs(1)).explore(Explorer.Progress.NONE);
        Exploration three =
                new Explorer(LOST_UPDATE, Invariant.exitsZero(), settings.withJobs(3)).explore(Explorer.Progress.NONE);

        assertThat(one.coverage()).hasValue(new Exploration.Coverage(false, 500));
        assertThat(three.outcomes()).isEqualTo(one.outcomes());
    }

    @Test
    void fewDeviationsAndSwarmFindTheLostUpdateToo() {
        for (SearchStrategy strategy :
                new SearchStrategy[] {new SearchStrategy.FewDeviations(2), new SearchStrategy.Swarm()}) {
            Exploration exploration = new Explorer(LOST_UPDATE, Invariant.exitsZero(), SETTINGS.withStrategy(strategy))
                    .explore(Explorer.Progress.NONE);

            assertThat(exploration.counterexample()).as(strategy.toString()).isPresent();
            assertThat(exploration.counterexample().orElseThrow().minimal().get(0))
                    .as(strategy.toString())
                    .isEqualTo(20);
        }
    }
}
