package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} and {@code check} of a scenario whose front-matter pins its decisions (a saved
 * counterexample). lost-update.js prints {@code counter 2} when a's request takes 20 ms and fails its
 * assert at 21 ms, as node v20 does with those latencies ({@code loopsim diff} of both pinned files).
 */
class PinnedScenarioTest {
    private static final String PINNED_AT_21 = """
            pinned:
              - latency:https://api.example.com/*@1 = 21 ms
              - io-same-ms@1 = 1st
              - timeout-vs-immediate@1 = timeout
            ---*/""";

    @TempDir
    Path dir;

    private Path pinned(String pins) throws IOException {
        String text = Files.readString(Path.of("src", "test", "resources", "explore", "lost-update.js"));
        return Files.writeString(dir.resolve("pinned.js"), text.replace("---*/", pins));
    }

    @Test
    void runTakesThePinnedAnswersAndWarnsOfPinsTheRunNeverMet() throws IOException {
        Path file = pinned(PINNED_AT_21);

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEmpty();
        // As --choose's note: after the run, so node's own report comes first.
        assertThat(run.err())
                .contains("AssertionError [ERR_ASSERTION]: 1 == 2")
                .endsWith("\nNode.js v20.20.2\nloopsim: note: " + file + ": pinned timeout-vs-immediate@1 = timeout"
                        + " was never asked: the run never reached that decision\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(CliRun.of(
                                "run",
                                pinned(PINNED_AT_21.replace("21 ms", "20 ms")).toString())
                        .out())
                .isEqualTo("counter 2\n");
    }

    @Test
    void replayReplacesThePinnedAnswers() throws IOException {
        Path file = pinned(PINNED_AT_21);

        CliRun run = CliRun.of("run", file.toString(), "--replay", "19");

        assertThat(run.out()).isEqualTo("counter 2\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void checkReplaysThePinnedScheduleAndNotesPinsNeverMet() throws IOException {
        Path file = pinned(PINNED_AT_21);
        Files.writeString(dir.resolve("pinned.out"), "");
        Files.writeString(dir.resolve("pinned.code"), "1\n");

        CliRun check = CliRun.of("check", dir.toString());

        assertThat(check.out())
                .startsWith("NOTE " + file + ": pinned timeout-vs-immediate@1 = timeout was never asked: the run never"
                        + " reached that decision\n1 scenarios, 1 passed, 0 failed in ");
        assertThat(check.exitCode()).isZero();
    }
}
