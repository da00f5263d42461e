package dev.loopsim.explore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.Explorer;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.explore.SearchStrategy;
import dev.loopsim.properties.run.Choice;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The acceptance of the explorer on the article's races in {@code corpus/explore}: a random search finds
 * each within 1,000 runs and shrinks it to the two latencies that have to line up (every other decision
 * back at its default), and an exhaustive search covers each race's whole tree of schedules.
 */
class ArticleRacesTest {
    static final Path CORPUS = Path.of("corpus", "explore");

    private static final Script LOST_UPDATE = Script.load(CORPUS.resolve("lost-update-withdrawals.js"));
    private static final Script FOREACH = Script.load(CORPUS.resolve("foreach-async-report-rows.js"));
    private static final Script CACHE = Script.load(CORPUS.resolve("cache-both-miss-rates.js"));
    private static final Script DASHBOARD = Script.load(CORPUS.resolve("dashboard-sequential-vs-parallel.js"));

    private static final String FRAUD_CHECK = "latency:https://bank.example.com/fraud-check/*@1";
    private static final String CHARGE = "latency:https://bank.example.com/charge/*@1";
    private static final String ORDER_LIST = "latency:https://shop.example.com/orders?status=open@1";
    private static final String FIRST_SHIPPING = "latency:https://shop.example.com/shipping/*@1";
    private static final String SECOND_SHIPPING = "latency:https://shop.example.com/shipping/*@2";
    private static final String EU_MIRROR = "latency:https://rates-eu.example.com/*@1";
    private static final String US_MIRROR = "latency:https://rates-us.example.com/*@1";

    private static final Explorer.Settings RANDOM =
            Explorer.Settings.defaults().withRuns(1000).withSeed(0).withJobs(2);
    private static final Explorer.Settings EXHAUSTIVE = RANDOM.withStrategy(new SearchStrategy.Exhaustive(10_000));
    private static final List<Long> OTHER_SEEDS =
            LongStream.rangeClosed(1, 4).boxed().toList();

    // ---- a shared balance read before two awaits and written after them

    @Test
    void theLostUpdateNeedsTheFirstWithdrawalsTwoRequestsToOutlastTheTenMsBeforeTheSecond() {
        // Measured with seeds 0 to 4: the first failing run is run 0 to 3, and about a third of the runs fail.
        Exploration.Counterexample found = foundWithinAThousandRuns(explore(LOST_UPDATE, RANDOM));
        assertThat(found.violation().kind()).isEqualTo("exit code 1");
        assertThat(found.violation().message()).contains("a withdrawal was lost");
        // w1 writes when its charge answers; w2 reads at 10 ms. A completion due in the same ms as the
        // timer runs first, so w1's two requests lose the update from 11 ms together. Shrinking drops w2's
        // pair back to its defaults and moves w1's time from the fraud check to the charge until the
        // charge is at its 8 ms maximum: 3 ms + 8 ms, the smallest, as the exhaustive search finds first.
        assertThat(nonDefault(found.minimalRun())).containsExactly(FRAUD_CHECK + " = 3 ms", CHARGE + " = 8 ms");
        assertThat(found.passing()).hasValueSatisfying(run -> assertThat(run.stdoutLines())
                .containsExactly("w1: -30, balance 70", "w2: -50, balance 20", "final balance 20"));
        for (long seed : OTHER_SEEDS) {
            assertThat(nonDefault(shrunk(LOST_UPDATE, seed)))
                    .as("seed %d: the fraud check and the charge of w1", seed)
                    .containsExactly(FRAUD_CHECK + " = 3 ms", CHARGE + " = 8 ms");
        }
    }

    @Test
    void exhaustiveSearchCoversEveryScheduleOfTheLostUpdate() {
        Exploration exploration = explore(LOST_UPDATE, EXHAUSTIVE);

        assertCompleteBelowTenThousand(exploration);
        // Depth-first, the first failure has the smallest fraud check that can still reach 11 ms with a
        // charge of at most 8 ms.
        assertThat(nonDefault(firstFailure(LOST_UPDATE, exploration)))
                .containsExactly(FRAUD_CHECK + " = 3 ms", CHARGE + " = 8 ms");
    }

    // ---- forEach(async …) and a read of its results when another request answers

    @Test
    void theForEachReportMissesARowWhenTheListAndOneShippingStatusTogetherReachTheHeadersFifteenMs() {
        // Measured with seeds 0 to 4: the first failing run is run 0 to 2, and about 290 of the runs fail.
        Exploration.Counterexample found = foundWithinAThousandRuns(explore(FOREACH, RANDOM));
        assertThat(found.violation().message()).contains("the report is missing a row");
        // The header answers at 15 ms; a shipping status due in the same ms started later, so it comes
        // second and its row is missing: the list and one status fail from 15 ms together. Shrinking
        // moves time from the list to the status until the status is at its 10 ms maximum, and the
        // other status back to 1 ms.
        assertThat(nonDefault(found.minimalRun())).containsExactly(ORDER_LIST + " = 5 ms", FIRST_SHIPPING + " = 10 ms");
        for (long seed : OTHER_SEEDS) {
            assertThat(nonDefault(shrunk(FOREACH, seed)))
                    .as("seed %d: the order list and the first shipping status", seed)
                    .containsExactly(ORDER_LIST + " = 5 ms", FIRST_SHIPPING + " = 10 ms");
        }
    }

    @Test
    void exhaustiveSearchCoversEveryScheduleOfTheForEachReport() {
        Exploration exploration = explore(FOREACH, EXHAUSTIVE);

        assertCompleteBelowTenThousand(exploration);
        // Depth-first: the shortest list that can reach 15 ms with a status of at most 10 ms, the first
        // status as fast as it gets and the second one slow.
        assertThat(nonDefault(firstFailure(FOREACH, exploration)))
                .containsExactly(ORDER_LIST + " = 5 ms", SECOND_SHIPPING + " = 10 ms");
    }

    // ---- a cache filled after the await, asked twice 10 ms apart

    @Test
    void theCacheMissesTwiceOnlyWhenBothMirrorsAreSlowerThanTheTenMsBeforeTheSecondCaller() {
        // Measured with seeds 0 to 4: the first failing run is run 2 to 26, and 71 to 101 of the runs fail.
        Exploration.Counterexample found = foundWithinAThousandRuns(explore(CACHE, RANDOM));
        assertThat(found.violation().message()).contains("the rates were fetched twice");
        // Promise.any takes the faster mirror; an answer at 10 ms runs before the sidebar's timer, so
        // both mirrors must take 11 ms or more, whatever the run found.
        List<String> minimal = List.of(EU_MIRROR + " = 11 ms", US_MIRROR + " = 11 ms");
        assertThat(nonDefault(found.minimalRun())).isEqualTo(minimal);
        for (long seed : OTHER_SEEDS) {
            assertThat(nonDefault(shrunk(CACHE, seed))).as("seed %d", seed).isEqualTo(minimal);
        }
    }

    @Test
    void exhaustiveSearchCoversEveryScheduleOfTheCache() {
        Exploration exploration = explore(CACHE, EXHAUSTIVE);

        assertCompleteBelowTenThousand(exploration);
        assertThat(nonDefault(firstFailure(CACHE, exploration)))
                .containsExactly(EU_MIRROR + " = 11 ms", US_MIRROR + " = 11 ms");
    }

    // ---- the throughput scenario: no race at all

    @Test
    void theParallelDashboardAlwaysFinishesBeforeTheSequentialOne() {
        Exploration exploration = explore(DASHBOARD, RANDOM.withRuns(200));

        assertThat(exploration.failed()).isFalse();
        assertThat(exploration.outcomes()).singleElement().satisfies(outcome -> assertThat(outcome.stdout())
                .startsWith("parallel: ")
                .contains("\nsequential: "));
    }

    // ---- helpers

    private static Exploration explore(Script script, Explorer.Settings settings) {
        return new Explorer(script, Invariant.exitsZero(), settings).explore(Explorer.Progress.NONE);
    }

    private static Run shrunk(Script script, long seed) {
        Exploration.Counterexample found = foundWithinAThousandRuns(explore(script, RANDOM.withSeed(seed)));
        assertThat(nonDefault(found.minimalRun())).as("seed %d", seed).hasSize(2);
        return found.minimalRun();
    }

    /** A random search of 1,000 runs (no more: it does not stop at a failure) found a counterexample. */
    private static Exploration.Counterexample foundWithinAThousandRuns(Exploration exploration) {
        assertThat(exploration.runs()).as("the runs searched").isEqualTo(1000);
        assertThat(exploration.counterexample())
                .as("a counterexample within 1,000 runs")
                .isPresent();
        return exploration.counterexample().get();
    }

    /** The first failing run of a search, run again from its choice sequence. */
    private static Run firstFailure(Script script, Exploration exploration) {
        return script.run(exploration.counterexample().orElseThrow().found().stream(), false);
    }

    /** The choices a run took other than the default, as the run names them. */
    private static List<String> nonDefault(Run run) {
        return run.choices().stream()
                .filter(c -> c.index() != 0)
                .map(Choice::toString)
                .toList();
    }

    private static void assertCompleteBelowTenThousand(Exploration exploration) {
        assertThat(exploration.coverage()).hasValueSatisfying(coverage -> {
            assertThat(coverage.complete()).isTrue();
            assertThat(coverage.schedules()).isEqualTo(exploration.runs()).isLessThan(10_000);
        });
        assertThat(exploration.failed()).isTrue();
    }
}
