package dev.loopsim.properties.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.explore.SearchStrategy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class PropertyFailureStoreTest {
    @TempDir
    Path directory;

    /** A search that runs only the all-defaults schedule, which keeps the lost update's counter. */
    private static final SearchStrategy DEFAULTS_ONLY = new SearchStrategy.Exhaustive(1);

    @Test
    void aFailureFoundIsKeptAndALaterRunReplaysItBeforeExploring() {
        FailureStore store = new FailureStore(directory, "CounterTest.lostUpdate");
        Property property = Loopsim.explore(TestScripts.LOST_UPDATE)
                .runs(100)
                .seed(7)
                .jobs(2)
                .failures(store);
        AssertionFailedError found =
                catchThrowableOfType(AssertionFailedError.class, () -> property.check(Invariant.exitsZero()));
        ChoiceSequence minimal = store.entries("lost-update.js").get(0).sequence();
        assertThat(found).hasMessageContaining("\n  minimal choice sequence: " + minimal + "\n");

        // This search alone passes; with the store the kept sequence fails it first.
        Property defaultsOnly = Loopsim.explore(TestScripts.LOST_UPDATE).strategy(DEFAULTS_ONLY);
        assertThat(defaultsOnly.check(Invariant.exitsZero()).failed()).isFalse();
        assertThatThrownBy(() -> defaultsOnly.failures(store).check(Invariant.exitsZero()))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("property failed: /app/lost-update.js: exit code 1\n"
                        + "  found by: strategy exhaustive, seed 0: not explored; replayed from the failure store "
                        + store.file("lost-update.js") + ", where an earlier run kept it\n"
                        + "  shrunk from " + minimal + " in ")
                .hasMessageContaining("\n  minimal choice sequence: " + minimal + "\n")
                .hasMessageContaining("\n  replay: loopsim run /app/lost-update.js --replay ");
        assertThat(store.entries("lost-update.js"))
                .singleElement()
                .isEqualTo(new FailureStore.Entry(minimal, 0, "exit code 1 (strategy exhaustive, seed 0)"));
    }

    @Test
    void aStoredSequenceThatPassesNowIsKeptForAFewRunsThenDropped() {
        FailureStore store = new FailureStore(directory, "CounterTest.lostUpdate");
        ChoiceSequence passing = ChoiceSequence.of(3);
        store.failed("lost-update.js", passing, "exit code 1 (before the fix)");
        Property property =
                Loopsim.explore(TestScripts.LOST_UPDATE).strategy(DEFAULTS_ONLY).failures(store);

        for (int run = 1; run < FailureStore.DROP_AFTER_PASSES; run++) {
            assertThat(property.check(Invariant.exitsZero()).failed()).isFalse();
            assertThat(store.entries("lost-update.js"))
                    .singleElement()
                    .isEqualTo(new FailureStore.Entry(passing, run, "exit code 1 (before the fix)"));
        }
        property.check(Invariant.exitsZero());

        assertThat(store.entries("lost-update.js")).isEmpty();
        assertThat(store.file("lost-update.js")).doesNotExist();
    }

    @Test
    void eachScriptOfATestHasItsOwnStoredFailures() {
        FailureStore store = new FailureStore(directory, "CounterTest.lostUpdate");
        store.failed("order.js", ChoiceSequence.of(20), "exit code 1");

        Property property =
                Loopsim.explore(TestScripts.LOST_UPDATE).strategy(DEFAULTS_ONLY).failures(store);

        assertThat(property.check(Invariant.exitsZero()).failed()).isFalse();
        assertThat(store.entries("order.js"))
                .extracting(FailureStore.Entry::passed)
                .containsExactly(0);
    }
}
