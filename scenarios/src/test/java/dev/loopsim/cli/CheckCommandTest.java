package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code loopsim check} over copies of the fixtures in src/test/resources/check, whose NAME.out and
 * NAME.code node printed (record.sh there): timer.js (a timer with timing expectations), crash.js (an
 * uncaught error, exit 1) and nested/module.mjs (top-level await importing nested/lib/helper.mjs).
 */
class CheckCommandTest {
    static final Path FIXTURES = Path.of("src", "test", "resources", "check");
    private static final String SUMMARY_TIME = " in \\d+\\.\\ds\\n";

    @TempDir
    Path dir;

    @BeforeEach
    void copyFixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            for (Path from : files.filter(Files::isRegularFile).toList()) {
                Path to = dir.resolve(FIXTURES.relativize(from).toString());
                Files.createDirectories(to.getParent());
                Files.copy(from, to);
            }
        }
    }

    private static String withoutTime(String out) {
        return out.replaceAll(SUMMARY_TIME, " in Xs\n");
    }

    @Test
    void passingScenariosPrintOnlyTheSummaryAndExitZero() {
        CliRun run = CliRun.of("check", dir.toString());

        // Three scenarios: the one in nested/ counts, the helper under nested/lib/ does not.
        assertThat(withoutTime(run.out())).isEqualTo("3 scenarios, 3 passed, 0 failed in Xs\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(0);
    }

    @Test
    void aWrongStdoutFailsWithAUnifiedDiff() throws IOException {
        Files.writeString(dir.resolve("timer.out"), "sync\nlater\n");

        CliRun run = CliRun.of("check", dir.toString());

        Path timer = dir.resolve("timer.js");
        assertThat(withoutTime(run.out()))
                .isEqualTo("FAIL " + timer + ": stdout differs from " + dir.resolve("timer.out") + "\n"
                        + "--- " + dir.resolve("timer.out") + "\n"
                        + "+++ loopsim run " + timer + "\n"
                        + "@@ -1,2 +1,2 @@\n"
                        + " sync\n"
                        + "-later\n"
                        + "+timeout\n"
                        + "3 scenarios, 2 passed, 1 failed in Xs\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aWrongExitCodeFailsAndShowsStderr() throws IOException {
        Files.delete(dir.resolve("crash.code"));

        CliRun run = CliRun.of("check", dir.toString());

        assertThat(run.out())
                .startsWith("FAIL " + dir.resolve("crash.js") + ": exit code 1, expected 0; stderr:\n  | ")
                .contains("  | Error: boom\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aMissingOutFailsAndSaysHowToRecordIt() throws IOException {
        Files.delete(dir.resolve("nested/module.out"));

        CliRun run = CliRun.of("check", dir.toString());

        assertThat(withoutTime(run.out()))
                .isEqualTo("FAIL " + dir.resolve("nested/module.mjs") + ": no " + dir.resolve("nested/module.out")
                        + " (loopsim check --update records it)\n3 scenarios, 2 passed, 1 failed in Xs\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void updateRewritesTheGoldenFilesSaysWhatChangedAndTheNextCheckPasses() throws IOException {
        String timerOut = Files.readString(dir.resolve("timer.out"));
        Files.writeString(dir.resolve("timer.out"), "stale\n");
        Files.writeString(dir.resolve("timer.code"), "3\n");
        Files.delete(dir.resolve("crash.code"));
        Files.delete(dir.resolve("nested/module.out"));

        CliRun update = CliRun.of("check", "--update", dir.toString());

        assertThat(withoutTime(update.out()))
                .isEqualTo("created " + dir.resolve("crash.code") + "\n"
                        + "created " + dir.resolve("nested/module.out") + "\n"
                        + "updated " + dir.resolve("timer.out") + "\n"
                        + "deleted " + dir.resolve("timer.code") + "\n"
                        + "--update changed 4 files\n"
                        + "3 scenarios, 3 passed, 0 failed in Xs\n");
        assertThat(update.exitCode()).isEqualTo(0);
        assertThat(dir.resolve("timer.out")).hasContent(timerOut);
        assertThat(dir.resolve("timer.code")).doesNotExist();
        assertThat(Files.readString(dir.resolve("crash.code")))
                .isEqualTo(Files.readString(FIXTURES.resolve("crash.code")));
        assertThat(Files.readString(dir.resolve("nested/module.out")))
                .isEqualTo(Files.readString(FIXTURES.resolve("nested/module.out")));
        assertThat(withoutTime(CliRun.of("check", dir.toString()).out()))
                .isEqualTo("3 scenarios, 3 passed, 0 failed in Xs\n");
    }

    @Test
    void aTimingMismatchFailsAtTheExpectationsLineAndUpdateCannotFixIt() throws IOException {
        Path timer = dir.resolve("timer.js");
        Files.writeString(
                timer,
                Files.readString(timer)
                        .replace("      at: 100\n", "      at: [0, 99]\n    - line: never printed\n      at: 5\n"));

        CliRun run = CliRun.of("check", dir.toString());
        CliRun update = CliRun.of("check", "--update", dir.toString());

        String failures = "FAIL " + timer + ":7: 'timeout' printed at 100 ms, expected at 0..99 ms\n" + "FAIL " + timer
                + ":9: 'never printed' was never printed, expected at 5 ms\n";
        assertThat(withoutTime(run.out())).isEqualTo(failures + "3 scenarios, 2 passed, 1 failed in Xs\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(withoutTime(update.out()))
                .isEqualTo(failures + "--update changed 0 files\n3 scenarios, 2 passed, 1 failed in Xs\n");
        assertThat(update.exitCode()).isEqualTo(1);
    }

    @Test
    void invalidFrontMatterIsAUsageErrorWithItsMessageAndNothingRuns() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.js"), "/*---\nexpect:\n  timing: []\n---*/\nconsole.log(1);\n");

        CliRun run = CliRun.of("check", dir.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(bad + ":3: expect.timing: unknown key (known here: timings)\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aPathThatDoesNotExistIsAUsageError() {
        CliRun run = CliRun.of("check", dir.resolve("nowhere").toString());

        assertThat(run.err()).isEqualTo("loopsim check: no such file or directory: " + dir.resolve("nowhere") + "\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void noProgressBarIsDrawnWhenStderrIsNotATerminal() throws IOException {
        Files.writeString(dir.resolve("timer.out"), "wrong\n");

        CliRun run = CliRun.of("check", dir.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("\r", "[#");
    }

    @Test
    void aProgressBarIsDrawnOnStderrAtATerminal() {
        CommandLine commandLine = Main.commandLine();
        ((CheckCommand) commandLine.getSubcommands().get("check").getCommand()).terminal = () -> true;

        CliRun run = CliRun.of(commandLine, "check", dir.toString());

        assertThat(run.err()).contains("\r[").contains("] 3/3");
        assertThat(run.err()).endsWith("\r");
        assertThat(withoutTime(run.out())).isEqualTo("3 scenarios, 3 passed, 0 failed in Xs\n");
    }

    @Test
    void theReportIsTheSameWithOneJobAndWithFour() throws IOException {
        for (int i = 0; i < 6; i++) {
            Files.copy(dir.resolve("timer.js"), dir.resolve("timer" + i + ".js"));
            Files.writeString(
                    dir.resolve("timer" + i + ".out"), i % 2 == 0 ? "sync\ntimeout\n" : "sync\nno " + i + "\n");
            Files.copy(dir.resolve("crash.js"), dir.resolve("crash" + i + ".js"));
            Files.copy(dir.resolve("crash.out"), dir.resolve("crash" + i + ".out"));
            if (i % 3 != 0) {
                Files.copy(dir.resolve("crash.code"), dir.resolve("crash" + i + ".code"));
            }
        }

        CliRun one = CliRun.of("check", "--jobs", "1", dir.toString());
        CliRun four = CliRun.of("check", "--jobs", "4", dir.toString());

        assertThat(withoutTime(one.out())).endsWith("15 scenarios, 10 passed, 5 failed in Xs\n");
        assertThat(withoutTime(four.out())).isEqualTo(withoutTime(one.out()));
        assertThat(four.exitCode()).isEqualTo(one.exitCode()).isEqualTo(1);
    }

    @Test
    void aScenarioThatNeverEndsFailsAtTheWallClockLimitAndTheOthersStillRun() throws IOException {
        Path endless = Files.writeString(dir.resolve("endless.js"), "while (true) {}\n");
        Files.writeString(dir.resolve("endless.out"), "");

        CliRun run = CliRun.of("check", "--timeout", "1", "--jobs", "1", dir.toString());

        assertThat(withoutTime(run.out()))
                .isEqualTo("FAIL " + endless + ": stopped after 1 s of real time (--timeout): the run never ended\n"
                        + "4 scenarios, 3 passed, 1 failed in Xs\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void scenariosAreReportedInTheOrderNamedAndEachRunsOnce() throws IOException {
        Files.writeString(dir.resolve("timer.out"), "wrong\n");
        Files.writeString(dir.resolve("crash.out"), "wrong\n");

        CliRun run = CliRun.of(
                "check",
                dir.resolve("timer.js").toString(),
                dir.resolve("crash.js").toString(),
                dir.toString());

        assertThat(run.out().lines().filter(l -> l.startsWith("FAIL")))
                .containsExactly(
                        "FAIL " + dir.resolve("timer.js") + ": stdout differs from " + dir.resolve("timer.out"),
                        "FAIL " + dir.resolve("crash.js") + ": stdout differs from " + dir.resolve("crash.out"));
        assertThat(withoutTime(run.out())).endsWith("3 scenarios, 1 passed, 2 failed in Xs\n");
    }
}
