package dev.loopsim.properties.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.explore.ChoiceSequence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureStoreTest {
    @TempDir
    Path directory;

    @Test
    void aPropertyWithoutAFileHasNoStoredFailures() {
        FailureStore store = new FailureStore(directory.resolve("missing"), "a.Test.m");

        assertThat(store.entries("x.js")).isEmpty();
    }

    @Test
    void theMostRecentFailureComesFirstAndTheFileKeepsOnlyTheBound() {
        FailureStore store = new FailureStore(directory, "com.example.CounterTest.lostUpdate");
        for (int i = 1; i <= FailureStore.MAX_ENTRIES + 2; i++) {
            store.failed("lost-update.js", ChoiceSequence.of(i, 0, 3), "exit code 1 (strategy random, seed " + i + ")");
        }

        List<FailureStore.Entry> entries = store.entries("lost-update.js");

        assertThat(entries).hasSize(FailureStore.MAX_ENTRIES);
        assertThat(entries.get(0))
                .isEqualTo(new FailureStore.Entry(
                        ChoiceSequence.of(FailureStore.MAX_ENTRIES + 2, 0, 3),
                        0,
                        "exit code 1 (strategy random, seed " + (FailureStore.MAX_ENTRIES + 2) + ")"));
        assertThat(entries.get(FailureStore.MAX_ENTRIES - 1).sequence()).isEqualTo(ChoiceSequence.of(3, 0, 3));
    }

    @Test
    void theFileIsOneSmallTextFileNamedAfterTheTestAndTheScript() throws Exception {
        FailureStore store = new FailureStore(directory, "com.example.CounterTest$Inner.lostUpdate");
        store.failed("lost update.js", ChoiceSequence.of(20), "exit code 1");

        Path file = directory.resolve("com.example.CounterTest_Inner.lostUpdate.lost_update.js.txt");
        assertThat(store.file("lost update.js")).isEqualTo(file);
        assertThat(Files.readAllLines(file))
                .containsExactly(
                        "# loopsim failure store: failing choice sequences of com.example.CounterTest$Inner.lostUpdate"
                                + " on lost update.js, most recent first.",
                        "# Replayed before exploring; one that passes " + FailureStore.DROP_AFTER_PASSES
                                + " replays in a row is dropped. Safe to delete.",
                        "[20] passed=0  # exit code 1");
    }

    @Test
    void aSequenceThatKeepsPassingIsDroppedAndOneThatFailsAgainStartsOver() {
        FailureStore store = new FailureStore(directory, "T.m");
        ChoiceSequence fixed = ChoiceSequence.of(5);
        ChoiceSequence flaky = ChoiceSequence.of(7, 1);
        store.failed("s.js", fixed, "");
        store.failed("s.js", flaky, "");

        for (int i = 1; i < FailureStore.DROP_AFTER_PASSES; i++) {
            store.passed("s.js", fixed);
            store.passed("s.js", flaky);
        }
        store.failed("s.js", flaky, "again");

        assertThat(store.entries("s.js"))
                .containsExactly(
                        new FailureStore.Entry(flaky, 0, "again"),
                        new FailureStore.Entry(fixed, FailureStore.DROP_AFTER_PASSES - 1, ""));
        store.passed("s.js", fixed);
        assertThat(store.entries("s.js"))
                .extracting(FailureStore.Entry::sequence)
                .containsExactly(flaky);
        for (int i = 0; i < FailureStore.DROP_AFTER_PASSES; i++) {
            store.passed("s.js", flaky);
        }
        assertThat(store.file("s.js")).doesNotExist();
    }

    @Test
    void writersInParallelNeverLeaveAHalfWrittenFile() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                // Two stores of the same test, as two parallel invocations would have.
                FailureStore store = new FailureStore(directory, "T.m");
                done.add(pool.submit(() -> {
                    store.failed("s.js", ChoiceSequence.of(n, n), "run " + n);
                    return store.entries("s.js");
                }));
            }
            for (Future<?> f : done) {
                assertThat((List<?>) f.get()).isNotEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
        List<FailureStore.Entry> entries = new FailureStore(directory, "T.m").entries("s.js");
        assertThat(entries).isNotEmpty().hasSizeLessThanOrEqualTo(FailureStore.MAX_ENTRIES);
        assertThat(entries).allSatisfy(e -> assertThat(e.note())
                .isEqualTo("run " + e.sequence().get(0)));
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("T.m.s.js.txt");
        }
    }
}
