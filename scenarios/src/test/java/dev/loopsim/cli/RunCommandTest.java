package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void runPrintsWhatTheScriptLogsAndExitsZero() throws IOException {
        Path file = Files.writeString(dir.resolve("hello.js"), "console.log('hello', 42, { a: 'b' });\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEqualTo("hello 42 { a: 'b' }\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(0);
    }

    @Test
    void runRunsPromiseJobsAfterTheScript() throws IOException {
        Path file = Files.writeString(
                dir.resolve("jobs.js"), "Promise.resolve().then(() => console.log('job'));\nconsole.log('sync');\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEqualTo("sync\njob\n");
        assertThat(run.exitCode()).isEqualTo(0);
    }

    @Test
    void anUncaughtErrorPrintsItsStackAndNodesTrailerAndExitsOne() throws IOException {
        Path file = Files.writeString(
                dir.resolve("throws.js"), "console.log('before');\nthrow new TypeError('bad thing');\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEqualTo("before\n");
        assertThat(run.err())
                .startsWith(file.toString())
                .contains("TypeError: bad thing\n    at ")
                .endsWith("\n\nNode.js v20.20.2\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void anUncaughtNonErrorObjectIsInspectedWithoutNodesHint() throws IOException {
        Path file = Files.writeString(dir.resolve("throwsObject.js"), "throw { a: 1 };\n");

        CliRun run = CliRun.of("run", file.toString());

        // node v20: "\nFILE:1\nthrow { a: 1 };\n^\n{ a: 1 }\n\nNode.js v20.20.2"
        assertThat(run.err()).endsWith("\n^\n{ a: 1 }\n\nNode.js v20.20.2\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void anUncaughtStringPrintsUnquotedAsNodePrintsIt() throws IOException {
        Path file = Files.writeString(dir.resolve("throwsString.js"), "throw 'str';\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.err())
                .endsWith("\n^\nstr\n(Use `node --trace-uncaught ...` to show where the exception was thrown)"
                        + "\n\nNode.js v20.20.2\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void anUnhandledRejectionEndsTheRunWithExitOne() throws IOException {
        Path file = Files.writeString(dir.resolve("rejects.js"), "Promise.reject(7);\nconsole.log('still runs');\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEqualTo("still runs\n");
        assertThat(run.err()).contains("The promise rejected with the reason \"7\".");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aRejectionHandledBeforeTheQueueEmptiesIsNotReported() throws IOException {
        Path file = Files.writeString(
                dir.resolve("handled.js"),
                "const p = Promise.reject(new Error('x'));\nPromise.resolve().then(() => p.catch(e => console.log('caught', e.message)));\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEqualTo("caught x\n");
        assertThat(run.exitCode()).isEqualTo(0);
    }

    /** Expected output recorded from node (five runs, identical). */
    @Test
    void runDrivesTimersImmediatesTicksAndTheExitEventLikeNode() throws IOException {
        Path file = Files.writeString(
                dir.resolve("order.js"),
                "setTimeout(() => console.log('timeout 30'), 30);\nsetTimeout(() => console.log('timeout 5'), 5);\nsetImmediate(() => console.log('immediate'));\nprocess.nextTick(() => console.log('nextTick'));\nPromise.resolve().then(() => console.log('promise'));\nconst iv = setInterval(() => { console.log('interval'); clearInterval(iv); }, 10);\nprocess.on('exit', (code) => console.log('exit', code));\nconsole.log('sync');\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out())
                .isEqualTo("sync\nnextTick\npromise\nimmediate\ntimeout 5\ninterval\ntimeout 30\nexit 0\n");
        assertThat(run.exitCode()).isEqualTo(0);
    }

    /** node --unhandled-rejections=warn on the same script: stdout "still runs", exit 0, this stderr. */
    @Test
    void unhandledRejectionsWarnKeepsRunningAndPrintsNodesWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("warns.js"), "Promise.reject(7);\nconsole.log('still runs');\n");

        CliRun run = CliRun.of("run", "--unhandled-rejections=warn", file.toString());

        assertThat(run.out()).isEqualTo("still runs\n");
        assertThat(run.err())
                .startsWith("(node:4242) UnhandledPromiseRejectionWarning: 7\n(Use `node --trace-warnings ...` to show"
                        + " where the warning was created)\n(node:4242) UnhandledPromiseRejectionWarning: Unhandled"
                        + " promise rejection.")
                .endsWith("(rejection id: 1)\n");
        assertThat(run.exitCode()).isEqualTo(0);
    }

    private static final String WARN_FRONT_MATTER =
            "/*---\nflags: [--unhandled-rejections=warn]\n---*/\nPromise.reject(7);\nconsole.log('still runs');\n";

    /** node --unhandled-rejections=warn on the same file: as above (the front-matter is a comment to node). */
    @Test
    void theFrontMattersFlagsApplyToRun() throws IOException {
        Path file = Files.writeString(dir.resolve("warnsByFrontMatter.js"), WARN_FRONT_MATTER);

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEqualTo("still runs\n");
        assertThat(run.err()).startsWith("(node:4242) UnhandledPromiseRejectionWarning: 7\n");
        assertThat(run.exitCode()).isEqualTo(0);
    }

    /** node --unhandled-rejections=strict on the same file: stdout "still runs", node's crash report, exit 1. */
    @Test
    void aCommandLineOptionOverridesTheFrontMatter() throws IOException {
        Path file = Files.writeString(dir.resolve("strictOverWarn.js"), WARN_FRONT_MATTER);

        CliRun run = CliRun.of("run", "--unhandled-rejections=strict", file.toString());

        assertThat(run.out()).isEqualTo("still runs\n");
        assertThat(run.err())
                .contains("UnhandledPromiseRejection: This error originated either by throwing inside of an async"
                        + " function without a catch block")
                .doesNotContain("UnhandledPromiseRejectionWarning");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void theFrontMattersSeedSeedsEveryDrawOfTheRun() throws IOException {
        String script = "console.log(Math.random(), Math.random());\n";
        Path seven = Files.writeString(dir.resolve("seven.js"), "/*---\nseed: 7\n---*/\n" + script);
        Path eight = Files.writeString(dir.resolve("eight.js"), "/*---\nseed: 8\n---*/\n" + script);

        CliRun first = CliRun.of("run", seven.toString());
        CliRun again = CliRun.of("run", seven.toString());
        CliRun other = CliRun.of("run", eight.toString());

        assertThat(first.out()).matches("0\\.\\d+ 0\\.\\d+\n").isEqualTo(again.out());
        assertThat(other.out()).isNotEqualTo(first.out());
    }

    @Test
    void invalidFrontMatterIsAUsageErrorNamingTheLineAndTheKey() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.js"), "/*---\nflags: []\nsede: 7\n---*/\nconsole.log(1);\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(file
                        + ":3: sede: unknown key (known here: description, flags, seed, latency, routes, files, expect,"
                        + " invariants, pinned)\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void anUnknownUnhandledRejectionsModeIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("any.js"), "console.log('never');\n");

        CliRun run = CliRun.of("run", "--unhandled-rejections=loud", file.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("loopsim run: invalid value for --unhandled-rejections: 'loud' (expected one of throw,"
                        + " strict, warn, none, warn-with-error-code)\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void runReportsSyntaxErrorsExactlyLikeParse() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.js"), "setTimeout(() => {, 0);\n");

        CliRun run = CliRun.of("run", file.toString());
        CliRun parse = CliRun.of("parse", file.toString());

        assertThat(run.err()).isEqualTo(parse.err()).startsWith(file + ":1:");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void runOfAMissingFileIsAnErrorNotAStackTrace() {
        String file = dir.resolve("absent.js").toString();

        CliRun run = CliRun.of("run", file);

        assertThat(run.err()).isEqualTo("loopsim: cannot read " + file + ": no such file\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void runTakesExactlyOneFile() {
        CliRun run = CliRun.of("run", "a.js", "b.js");

        assertThat(run.err()).contains("Unmatched argument");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    /**
     * Node's stderr for an uncaught throw, recorded from node v20 with the script's path replaced by
     * FILE and Node's own loader frames (node:internal/...) left out: they come with the Node host.
     */
    @Test
    void anUncaughtThrowIsReportedAtItsLineWithACaretAsNodeDoes() throws IOException {
        Path file = Files.writeString(
                dir.resolve("crash.js"), "const a = 1;\nfunction f() {\n  throw new Error(\"boom\");\n}\nf();\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.err())
                .isEqualTo(("FILE:3\n  throw new Error(\"boom\");\n  ^\n\nError: boom\n    at f (FILE:3:9)\n"
                                + "    at Object.<anonymous> (FILE:5:1)\n\nNode.js v20.20.2\n")
                        .replace("FILE", file.toString()));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aFailedPropertyReadIsReportedAtThePropertyAsNodeDoes() throws IOException {
        Path file = Files.writeString(dir.resolve("crash2.js"), "const o = null;\nconsole.log(\"before\");\no.x;\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEqualTo("before\n");
        assertThat(run.err())
                .isEqualTo(("FILE:3\no.x;\n  ^\n\nTypeError: Cannot read properties of null (reading 'x')\n"
                                + "    at Object.<anonymous> (FILE:3:3)\n\nNode.js v20.20.2\n")
                        .replace("FILE", file.toString()));
    }

    @Test
    void anUncaughtPrimitiveGetsNodesLeadingBlankLineAndHint() throws IOException {
        Path file = Files.writeString(dir.resolve("crash3.js"), "throw 42;\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.err())
                .isEqualTo(("\nFILE:1\nthrow 42;\n^\n42\n(Use `node --trace-uncaught ...` to show where the"
                                + " exception was thrown)\n\nNode.js v20.20.2\n")
                        .replace("FILE", file.toString()));
    }

    private static final String RACE =
            "setTimeout(() => console.log('timeout'), 0);\n" + "setImmediate(() => console.log('immediate'));\n";

    @Test
    void chooseTakesTheOtherOutcomeOfNodesRace() throws IOException {
        Path file = Files.writeString(dir.resolve("race.js"), RACE);

        assertThat(CliRun.of("run", file.toString()).out()).isEqualTo("immediate\ntimeout\n");
        assertThat(CliRun.of("run", "--choose", "timeout-vs-immediate=timeout", file.toString())
                        .out())
                .isEqualTo("timeout\nimmediate\n");
    }

    @Test
    void aChooseTheRunNeverAskedIsNotedOnStderr() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.js"), "console.log(1);\n");

        CliRun run = CliRun.of("run", "--choose", "timer-ms-boundary=next-ms", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .isEqualTo("loopsim: note: --choose timer-ms-boundary=next-ms was never asked: the run never reached"
                        + " that choice\n");
    }

    @Test
    void aBadChooseIsAUsageErrorNamingTheKnownPoints() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.js"), "console.log(1);\n");

        CliRun run = CliRun.of("run", "--choose", "coin=heads", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("loopsim: --choose coin=heads: no choice point named 'coin' (known: ");
    }

    @Test
    void theHelpNamesEveryChoicePointWithItsOutcomes() {
        String help = CliRun.of("run", "--help").out();

        for (dev.loopsim.loop.ChoicePoint point : dev.loopsim.loop.ChoicePoint.ALL) {
            assertThat(help).contains(point.name() + "=" + String.join("|", point.outcomes()));
        }
    }

    @Test
    void traceWritesTheTimelineToStderrAndLeavesStdoutAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("race.js"), RACE);

        CliRun run = CliRun.of("run", "--trace", file.toString());

        assertThat(run.out()).isEqualTo("immediate\ntimeout\n");
        assertThat(run.err().lines().toList())
                .anyMatch(l -> l.matches(" +1 +0 ms  main +macrotask-start +main script"))
                .anyMatch(l -> l.matches(".* check +console +stdout: immediate"))
                .anyMatch(l -> l.matches(".* choice +timeout-vs-immediate=immediate"))
                .last()
                .matches(l -> l.matches(".* exit +exit +code 0"));
    }

    @Test
    void traceJsonWritesOneObjectPerEventToTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("race.js"), RACE);
        Path json = dir.resolve("trace.jsonl");

        CliRun run = CliRun.of("run", "--trace-json", json.toString(), file.toString());
        CliRun again =
                CliRun.of("run", "--trace-json", dir.resolve("again.jsonl").toString(), file.toString());

        assertThat(run.err()).isEmpty();
        java.util.List<String> lines = Files.readAllLines(json);
        assertThat(lines).allMatch(l -> l.startsWith("{\"seq\":") && l.endsWith("}"));
        assertThat(lines.getFirst())
                .isEqualTo("{\"seq\":1,\"time\":0,\"phase\":\"main\",\"kind\":\"macrotask-start\","
                        + "\"detail\":\"main script\"}");
        assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"timer-fired\",\"id\":1"));
        assertThat(Files.readAllLines(dir.resolve("again.jsonl"))).isEqualTo(lines);
        assertThat(again.exitCode()).isZero();
    }

    @Test
    void anUnwritableTraceFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.js"), "console.log(1);\n");

        CliRun run = CliRun.of(
                "run", "--trace-json", dir.resolve("no/such/dir/t.jsonl").toString(), file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("loopsim: cannot write the trace to ");
    }

    @Test
    void aConstructTheCompilerDoesNotHandleYetIsAnErrorAtItsPositionNotAnInternalError() throws IOException {
        Path file = Files.writeString(
                dir.resolve("unsupported.js"), "console.log(1);\nclass A { m() { [super.x] = [1]; } }\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .startsWith(file + ":2:")
                .contains("not supported by loopsim: assignment to super properties")
                .doesNotContain("internal error");
    }
}
