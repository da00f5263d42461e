package dev.loopsim.cli;

import dev.loopsim.scenario.TimingExpectation;
import dev.loopsim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * Runs one scenario the way {@code loopsim run} does and compares the run with its golden files (stdout,
 * exit code) and with its front-matter's timings, read from the trace's console events.
 */
final class ScenarioCheck {
    /** Lines of stderr shown under a failure whose exit code is wrong. */
    private static final int STDERR_LINES = 20;

    private ScenarioCheck() {}

    static CheckResult check(ScenarioFile scenario, GoldenFiles golden, int timeoutSeconds) {
        String file = scenario.file().toString();
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        List<TimingExpectation> timings = scenario.scenario().timings();
        Map<String, Long> firstPrinted = new HashMap<>();
        List<Consumer<TraceEvent>> sinks = new ArrayList<>();
        if (!timings.isEmpty()) {
            sinks.add(event -> recordConsole(event, timings, firstPrinted));
        }
        ScenarioRun.Result result;
        try {
            result = ScenarioRun.run(
                    scenario,
                    ScenarioRun.Overrides.NONE,
                    line -> stdout.append(line).append('\n'),
                    line -> stderr.append(line).append('\n'),
                    sinks);
        } catch (CancellationException stopped) {
            return unfinished(
                    scenario,
                    stdout,
                    "FAIL " + file + ": stopped after " + timeoutSeconds + " s of real time (--timeout): the run"
                            + " never ended");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError bug) {
            return unfinished(scenario, stdout, "FAIL " + file + ": loopsim: internal error: " + Main.describe(bug));
        }
        int exitCode = result.exitCode();
        List<String> outputFailures = new ArrayList<>();
        Optional<String> expectedStdout = golden.stdout();
        if (expectedStdout.isEmpty()) {
            outputFailures.add("FAIL " + file + ": no " + golden.out() + " (loopsim check --update records it)");
        } else if (!expectedStdout.get().equals(stdout.toString())) {
            String diff = UnifiedDiff.of(
                    golden.out().toString(), expectedStdout.get(), "loopsim run " + file, stdout.toString());
            outputFailures.add("FAIL " + file + ": stdout differs from " + golden.out() + "\n"
                    + diff.substring(0, diff.length() - 1));
        }
        int expectedExitCode = golden.exitCode();
        if (expectedExitCode != exitCode) {
            outputFailures.add("FAIL " + file + ": exit code " + exitCode + ", expected " + expectedExitCode
                    + stderrExcerpt(stderr.toString()));
        }
        List<String> timingFailures = new ArrayList<>();
        for (TimingExpectation timing : timings) {
            Long at = firstPrinted.get(timing.line());
            String where = "FAIL " + file + ":" + timing.sourceLine() + ": '" + timing.line() + "' ";
            if (at == null) {
                timingFailures.add(where + "was never printed, expected at " + timing.expectedTime());
            } else if (!timing.admits(at)) {
                timingFailures.add(where + "printed at " + at + " ms, expected at " + timing.expectedTime());
            }
        }
        List<String> notes = result.pinWarnings().stream()
                .map(w -> "NOTE " + file + ": " + w)
                .toList();
        return new CheckResult(scenario, stdout.toString(), exitCode, true, outputFailures, timingFailures, notes);
    }

    /** Notes the virtual millisecond at which each expected line was first printed (stdout or stderr). */
    private static void recordConsole(
            TraceEvent event, List<TimingExpectation> timings, Map<String, Long> firstPrinted) {
        if (event.kind() != TraceEvent.Kind.CONSOLE) {
            return;
        }
        String detail = event.detail();
        String text = detail.substring(detail.indexOf(": ") + 2);
        for (String line : text.split("\n", -1)) {
            for (TimingExpectation timing : timings) {
                if (timing.line().equals(line)) {
                    firstPrinted.putIfAbsent(line, event.micros() / 1000);
                }
            }
        }
    }

    private static CheckResult unfinished(ScenarioFile scenario, StringBuilder stdout, String failure) {
        return new CheckResult(scenario, stdout.toString(), -1, false, List.of(), List.of(failure));
    }

    private static String stderrExcerpt(String stderr) {
        if (stderr.isEmpty()) {
            return "";
        }
        String[] lines = stderr.split("\n");
        StringBuilder out = new StringBuilder("; stderr:");
        for (int i = 0; i < Math.min(lines.length, STDERR_LINES); i++) {
            out.append("\n  | ").append(lines[i]);
        }
        if (lines.length > STDERR_LINES) {
            out.append("\n  | … ").append(lines.length - STDERR_LINES).append(" more lines");
        }
        return out.toString();
    }
}
