package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code loopsim explore} over src/test/resources/explore/lost-update.js: two increments read a counter,
 * await a request (uniform(1, 60) ms) and write it back, the second starting at 20 ms. The outputs of
 * both schedules that matter were checked against node v20 with {@code loopsim diff} of the scenario
 * pinned at a = 20 ms (prints {@code counter 2}, exit 0) and a = 21 ms (AssertionError 1 == 2, exit 1).
 */
class ExploreCommandTest {
    private static final Path LOST_UPDATE = Path.of("src", "test", "resources", "explore", "lost-update.js");

    @TempDir
    Path dir;

    Path script;

    @BeforeEach
    void copyScenario() throws IOException {
        script = Files.copy(LOST_UPDATE, dir.resolve("lost-update.js"));
    }

    /** The report without what changes from run to run: the time taken and the temporary directory. */
    private static String stable(String out) {
        return out.replaceAll(" in \\d+\\.\\ds\\n", " in Xs\n")
                .replaceAll("/[^ ]*/loopsim-explore-lost-update-\\d+/", "TMP/");
    }

    @Test
    void exploreFindsTheLostUpdateAndTellsTheShrunkCounterexampleInTheScenariosTerms() {
        CliRun run = CliRun.of("explore", script.toString(), "--runs", "200", "--seed", "7", "--jobs", "2");

        assertThat(stable(run.out()))
                .isEqualTo("loopsim explore " + script + ": 200 runs, strategy random, seed 7, in Xs\n"
                        + "2 outcomes:\n"
                        + "  FAIL 127 runs  exit 1  (no output)\n"
                        + "             ↳ exit code 1: AssertionError [ERR_ASSERTION]: 1 == 2\n"
                        + "        73 runs  exit 0  counter 2\n"
                        + "\n"
                        + "127 of 200 runs failed. The first, run 3, shrank in 15 re-runs from 2 decisions to this"
                        + " counterexample:\n"
                        + "  1. GET https://api.example.com/a answered after 21 ms  "
                        + " [latency:https://api.example.com/*@1 = 21 ms]\n"
                        + "  and the other 2 decisions at their defaults:\n"
                        + "     GET https://api.example.com/b answered after 1 ms\n"
                        + "     of the I/O completing in the same millisecond (at 21 ms), the 1st to start ran first:"
                        + " GET https://api.example.com/a\n"
                        + "violation: exit code 1: AssertionError [ERR_ASSERTION]: 1 == 2\n"
                        + "\n"
                        + "stdout, the counterexample against a passing run:\n"
                        + "--- passing run (every decision at its default)\n"
                        + "+++ counterexample\n"
                        + "@@ -1 +0,0 @@\n"
                        + "-counter 2\n"
                        + "\n"
                        + "replay: loopsim run " + script + " --replay 20\n"
                        + "traces: TMP/lost-update.counterexample.trace.txt, 34 events (the counterexample)\n"
                        + "        TMP/lost-update.passing.trace.txt, 34 events (the passing run)\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void theTracesOfBothRunsAreWrittenWhereTheReportSays() throws IOException {
        CliRun run = CliRun.of("explore", script.toString(), "--runs", "50", "--seed", "7", "--jobs", "2");

        Matcher traces = Pattern.compile("traces: (\\S+), (\\d+) events").matcher(run.out());
        assertThat(traces.find()).isTrue();
        String timeline = Files.readString(Path.of(traces.group(1)));
        assertThat(timeline.lines()).hasSize(Integer.parseInt(traces.group(2)));
        assertThat(timeline).contains("io-start").contains("fetch GET https://api.example.com/a latency=21");
    }

    @Test
    void theReplayLineReproducesTheCounterexampleAndTheSameSeedTheSameReport() {
        CliRun explore = CliRun.of("explore", script.toString(), "--runs", "100", "--seed", "3", "--jobs", "1");
        CliRun again = CliRun.of("explore", script.toString(), "--runs", "100", "--seed", "3", "--jobs", "3");
        assertThat(stable(again.out()).replaceAll("TMP/.*\\n", ""))
                .isEqualTo(stable(explore.out()).replaceAll("TMP/.*\\n", ""));

        Matcher replay =
                Pattern.compile("replay: loopsim run \\S+ --replay (\\S+)\\n").matcher(explore.out());
        assertThat(replay.find()).isTrue();
        CliRun failing = CliRun.of("run", script.toString(), "--replay", replay.group(1));

        assertThat(failing.out()).isEmpty();
        assertThat(failing.err()).contains("AssertionError [ERR_ASSERTION]: 1 == 2");
        assertThat(failing.exitCode()).isEqualTo(1);
        CliRun oneMsEarlier = CliRun.of("run", script.toString(), "--replay", "[19]");
        assertThat(oneMsEarlier.out()).isEqualTo("counter 2\n");
        assertThat(oneMsEarlier.exitCode()).isZero();
    }

    @Test
    void saveWritesARegressionScenarioThatCheckPassesUntilTheBehaviourChanges() throws IOException {
        Path saved = dir.resolve("regressions");

        CliRun run = CliRun.of(
                "explore",
                script.toString(),
                "--runs",
                "200",
                "--seed",
                "7",
                "--jobs",
                "2",
                "--save",
                saved.toString());

        Path file = saved.resolve("lost-update.js");
        assertThat(run.out())
                .contains("saved: created " + file + ", created " + saved.resolve("lost-update.out") + ", created "
                        + saved.resolve("lost-update.code") + "\n")
                .contains("traces: " + saved.resolve("lost-update.counterexample.trace.txt"));
        String text = Files.readString(file);
        assertThat(text)
                .contains("pinned:\n"
                        + "  - latency:https://api.example.com/*@1 = 21 ms\n"
                        + "  - latency:https://api.example.com/*@2 = 1 ms\n"
                        + "  - io-same-ms@1 = 1st\n"
                        + "---*/\n")
                .contains("  A counterexample saved by loopsim explore from lost-update.js: exit code 1: AssertionError"
                        + " [ERR_ASSERTION]: 1 == 2\n"
                        + "  Found by the random strategy with seed 7 at run 3 of 200, shrunk to --replay 20.\n");
        assertThat(Files.readString(saved.resolve("lost-update.out"))).isEmpty();
        assertThat(Files.readString(saved.resolve("lost-update.code"))).isEqualTo("1\n");

        CliRun check = CliRun.of("check", saved.toString());
        assertThat(check.out()).startsWith("1 scenarios, 1 passed, 0 failed in ");
        assertThat(check.exitCode()).isZero();

        // The fix: read the counter after the await. The pinned schedule now passes, and check shows the change.
        Files.writeString(file, text.replace("const current = counter;\n", "").replace("current + 1", "counter + 1"));
        CliRun fixed = CliRun.of("check", saved.toString());
        assertThat(fixed.out()).contains("+counter 2\n").contains("exit code 0, expected 1");
        assertThat(fixed.exitCode()).isEqualTo(1);
    }

    @Test
    void aOneLineFrontMatterAndAViolationInColoursAreSavedSoThatCheckReadsThem() throws IOException {
        Path red = Files.writeString(dir.resolve("red.js"), """
                /*--- description: fails in red ---*/
                throw new Error('\\x1b[31mred \\x07');
                """);
        Path saved = dir.resolve("saved");

        CliRun run = CliRun.of("explore", red.toString(), "--runs", "3", "--save", saved.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        String text = Files.readString(saved.resolve("red.js"));
        assertThat(text)
                .startsWith("/*--- description: |-\n")
                .contains("  A counterexample saved by loopsim explore from red.js: exit code 1: Error: \u241b[31mred"
                        + " \u2407\n")
                .contains("  The scenario: fails in red\n pinned: []\n---*/\nthrow new Error(");
        CliRun check = CliRun.of("check", saved.toString());
        assertThat(check.out()).startsWith("1 scenarios, 1 passed, 0 failed in ");
        assertThat(check.exitCode()).isZero();
    }

    @Test
    void aCounterexampleThatCannotBeSavedIsOneLineAfterTheReportAndExitsOne() throws IOException {
        Path saved = Files.createDirectories(dir.resolve("saved").resolve("lost-update.js"))
                .getParent();

        CliRun run = CliRun.of("explore", script.toString(), "--runs", "20", "--seed", "7", "--save", saved.toString());

        assertThat(run.out()).contains("replay: loopsim run ").doesNotContain("saved:");
        assertThat(run.err()).startsWith("loopsim explore: cannot write " + saved.resolve("lost-update.js") + ": ");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void theScenariosInvariantsAreCheckedAndExhaustiveSearchReportsItsCoverage() throws IOException {
        Path order = Files.writeString(dir.resolve("order.js"), """
                /*---
                routes:
                  - url: https://api.example.com/*
                    latency: uniform(1, 8)
                invariants:
                  - order: [a done, b done]
                ---*/
                for (const name of ['a', 'b']) {
                  fetch('https://api.example.com/' + name).then(() => console.log(name + ' done'));
                }
                """);

        CliRun all = CliRun.of("explore", order.toString(), "--strategy", "exhaustive", "--jobs", "2");
        CliRun bounded =
                CliRun.of("explore", order.toString(), "--strategy", "exhaustive", "--runs", "20", "--jobs", "2");

        // 8 × 8 latencies, and each of the 8 ties is one more decision with two answers.
        assertThat(all.out())
                .contains(": 72 runs, strategy exhaustive, seed 0, in ")
                .contains("\ncovered all 72 schedules\n2 outcomes:\n"
                        + "       36 runs  exit 0  a done ⏎ b done\n"
                        + "  FAIL 36 runs  exit 0  b done ⏎ a done\n"
                        + "            ↳ invariant 'order [a done, b done]': 'b done' (line 1) came before 'a done'"
                        + " (line 2)\n")
                .contains("  1. of the I/O completing in the same millisecond (at 1 ms), the 2nd to start ran first:"
                        + " GET https://api.example.com/b   [io-same-ms@1 = 2nd]\n")
                .contains("replay: loopsim run " + order + " --replay 0,0,1\n");
        assertThat(all.exitCode()).isEqualTo(1);
        assertThat(bounded.out()).contains("\nstopped at the bound of 20 schedules: coverage incomplete\n");
    }

    @Test
    void aSearchWithoutFailuresSaysSoAndExitsZero() throws IOException {
        Path fine = Files.writeString(dir.resolve("fine.js"), """
                setTimeout(() => console.log('timeout'), 0);
                setImmediate(() => console.log('immediate'));
                """);

        Path saved = dir.resolve("saved");
        CliRun run = CliRun.of("explore", fine.toString(), "--strategy", "exhaustive", "--save", saved.toString());

        // node prints either order from the main module (REPORT.md case 10): both are outcomes, neither fails.
        assertThat(run.out())
                .contains("covered all 2 schedules\n2 outcomes:\n"
                        + "       1 run   exit 0  immediate ⏎ timeout\n"
                        + "       1 run   exit 0  timeout ⏎ immediate\n"
                        + "no schedule fails\n"
                        + "nothing saved to " + saved + ": there is no counterexample\n");
        assertThat(run.exitCode()).isZero();
        assertThat(saved).doesNotExist();
    }

    @Test
    void theProgressBarIsDrawnOnATerminalOnly() {
        CommandLine commandLine = Main.commandLine();
        ((ExploreCommand) commandLine.getSubcommands().get("explore").getCommand()).terminal = () -> true;

        CliRun run = CliRun.of(commandLine, "explore", script.toString(), "--runs", "40", "--jobs", "2");

        assertThat(run.err()).contains("\r[").contains("] 40/40, ").endsWith("\r");
        assertThat(CliRun.of("explore", script.toString(), "--runs", "40").err())
                .isEmpty();
    }

    @Test
    void aScriptThatNeverEndsIsOneLine() throws IOException {
        Path forever = Files.writeString(dir.resolve("forever.js"), "while (true) {}\n");

        CliRun run = CliRun.of("explore", forever.toString(), "--runs", "2", "--timeout", "1");

        assertThat(run.err())
                .isEqualTo(
                        "loopsim explore: a run of " + forever.toAbsolutePath().normalize()
                                + " did not end within 1 s of wall-clock time (does it loop forever?)\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void badOptionsAndBadFilesAreOneLineUsageErrors() throws IOException {
        String file = script.toString();
        assertThat(CliRun.of("explore", file, "--runs", "0").err())
                .isEqualTo("loopsim explore: --runs must be at least 1, got 0\n");
        assertThat(CliRun.of("explore", file, "--strategy", "bfs").err())
                .isEqualTo("loopsim explore: --strategy: unknown strategy 'bfs' (expected random, pct, pct:N, swarm or"
                        + " exhaustive)\n");
        assertThat(CliRun.of("explore", file, "--jobs", "0").err())
                .isEqualTo("loopsim explore: --jobs must be at least 1, got 0\n");
        assertThat(CliRun.of("explore", file, "--save", file).err())
                .isEqualTo("loopsim explore: --save " + file + ": not a directory\n");
        CliRun overwrite = CliRun.of("explore", file, "--runs", "20", "--save", dir.toString());
        assertThat(overwrite.err())
                .isEqualTo("loopsim explore: --save " + dir + " would overwrite " + file
                        + " itself; save into another directory\n");
        assertThat(overwrite.exitCode()).isEqualTo(2);
        assertThat(CliRun.of("explore", dir.resolve("missing.js").toString()).err())
                .isEqualTo("loopsim: cannot read " + dir.resolve("missing.js") + ": no such file\n");
        Path badYaml = Files.writeString(dir.resolve("bad.js"), "/*---\ninvariants:\n  - prints a\n---*/\n");
        CliRun bad = CliRun.of("explore", badYaml.toString());
        assertThat(bad.err())
                .isEqualTo(badYaml + ":3: invariants[0]: expected an invariant: exit, prints, never-prints or order"
                        + " with its value, got 'prints a'\n");
        assertThat(bad.exitCode()).isEqualTo(2);
        Path syntax = Files.writeString(dir.resolve("syntax.js"), "let = ;\n");
        CliRun syntaxRun = CliRun.of("explore", syntax.toString());
        assertThat(syntaxRun.err()).startsWith(syntax + ":1").contains("SyntaxError");
        assertThat(syntaxRun.exitCode()).isEqualTo(1);
    }

    @Test
    void replayIsOneLineNamingTheOptionWhenMalformed() {
        CliRun run = CliRun.of("run", script.toString(), "--replay", "20,x");

        assertThat(run.err())
                .isEqualTo("loopsim run: --replay 20,x: a choice sequence is a list of integers such as [3, 0, 41],"
                        + " got '20,x'\n");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(CliRun.of("run", script.toString(), "--replay", "1", "--choose", "io-same-ms=2nd")
                        .err())
                .isEqualTo("loopsim run: --replay answers every decision in order; it cannot be combined with"
                        + " --choose\n");
    }
}
