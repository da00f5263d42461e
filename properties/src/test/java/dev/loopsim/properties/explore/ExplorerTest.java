package dev.loopsim.properties.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.run.ChoiceStream;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import dev.loopsim.properties.run.Subject;
import java.util.List;
import java.util.Optional;
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

    @Test
    void aShrinkingCandidateThatNeverEndsCountsAsNotFailingAndShrinkingGoesOn() {
        // Fails for latencies from 5 ms; below that the script spins forever, which only the run timeout stops.
        Script spin = Script.of("/app/spin.js", """
                /*---
                routes:
                  - url: https://api.example.com/*
                    latency: uniform(1, 10)
                ---*/
                const start = Date.now();
                fetch('https://api.example.com/x').then(() => {
                  if (Date.now() - start < 5) { while (true) {} }
                  throw new Error('slow answer');
                });
                """);
        Explorer.Settings settings = SETTINGS.withRuns(1)
                .withSeed(3)
                .withRunTimeout(java.time.Duration.ofMillis(500))
                .withStrategy(new SearchStrategy.Exhaustive(1));
        // The exhaustive search's first schedule is the default (1 ms), which spins: that ends the search.
        assertThatThrownBy(() -> new Explorer(spin, Invariant.exitsZero(), settings).explore(Explorer.Progress.NONE))
                .isInstanceOf(Explorer.RunTimeout.class)
                .hasMessageContaining("/app/spin.js did not end within 500 ms");
        // Shrinking a failing 9 ms run passes over the spinning candidates to the smallest failing latency.
        Exploration.Counterexample shrunk = new Explorer(spin, Invariant.exitsZero(), settings)
                .shrink(0, ChoiceSequence.of(8), new Violation("exit code 1", ""), Optional.empty());
        assertThat(shrunk.minimal()).isEqualTo(ChoiceSequence.of(4));
        assertThat(shrunk.passing()).isEmpty();
    }

    @Test
    void aRunThatNeverEndsIsReportedButNotShrunk() {
        int[] runs = {0};
        Subject endless = new Subject() {
            @Override
            public String fileName() {
                return "/app/endless.js";
            }

            @Override
            public Run runHere(ChoiceStream choices, boolean traced) {
                synchronized (runs) {
                    runs[0]++;
                }
                return new Run(1, "", "loopsim: stopped after 50000000 callbacks\n", List.of(), List.of(), true);
            }
        };

        Exploration exploration =
                new Explorer(endless, Invariant.exitsZero(), SETTINGS.withRuns(5)).explore(Explorer.Progress.NONE);

        Exploration.Counterexample counterexample = exploration.counterexample().orElseThrow();
        assertThat(counterexample.violation().kind()).isEqualTo(Invariant.NEVER_ENDS);
        assertThat(counterexample.shrinkAttempts()).isZero();
        // The five runs, then the minimal run found again, traced, and the all-defaults run.
        assertThat(runs[0]).isEqualTo(5 + 3);
    }

    @Test
    void anExhaustiveSearchOverAHugeRangeMakesOnlyTheSchedulesItRuns() {
        Script huge = Script.of("/app/huge.js", """
                /*---
                routes:
                  - url: https://api.example.com/*
                    latency: uniform(0, 2000000000)
                ---*/
                fetch('https://api.example.com/x').then(() => console.log('answered'));
                """);

        Exploration exploration = new Explorer(
                        huge, Invariant.exitsZero(), SETTINGS.withStrategy(new SearchStrategy.Exhaustive(10)))
                .explore(Explorer.Progress.NONE);

        assertThat(exploration.coverage()).hasValue(new Exploration.Coverage(false, 10));
    }
}
