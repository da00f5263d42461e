package dev.loopsim.properties.assertions;

import dev.loopsim.properties.run.Run;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over one run, read as sentences: {@code assertThat(run).printed("sync", "timeout").exitedWith(0)}.
 * A failure says what was expected and what the run did, with its stderr when it has any.
 */
public final class RunAssert extends AbstractAssert<RunAssert, Run> {
    /** Lines of stdout or stderr a message quotes at most. */
    static final int EXCERPT_LINES = 20;

    RunAssert(Run run) {
        super(run, RunAssert.class);
    }

    /** The run printed exactly these lines to stdout, in this order, and nothing else. */
    public RunAssert printed(String... lines) {
        isNotNull();
        List<String> printed = actual.stdoutLines();
        List<String> expected = List.of(lines);
        if (!printed.equals(expected)) {
            int line = 0;
            while (line < Math.min(printed.size(), expected.size())
                    && printed.get(line).equals(expected.get(line))) {
                line++;
            }
            String difference = line >= printed.size()
                    ? "line " + (line + 1) + " '" + expected.get(line) + "' is missing"
                    : line >= expected.size()
                            ? "line " + (line + 1) + " '" + printed.get(line) + "' is one too many"
                            : "line " + (line + 1) + " is '" + printed.get(line) + "', expected '" + expected.get(line)
                                    + "'";
            throw failure(
                    "%s",
                    "Expected the run to print" + block(expected) + "\nbut it printed" + block(printed) + "\n("
                            + difference + "; exit code " + actual.exitCode() + ")" + stderr());
        }
        return this;
    }

    /** Some line the run printed to stdout is exactly {@code line}. */
    public RunAssert printedLine(String line) {
        isNotNull();
        if (!actual.stdoutLines().contains(line)) {
            throw failure(
                    "%s",
                    "Expected the run to print the line '" + line + "', but it printed" + block(actual.stdoutLines())
                            + "\n(exit code " + actual.exitCode() + ")" + stderr());
        }
        return this;
    }

    /** No line the run printed to stdout is {@code line}. */
    public RunAssert neverPrinted(String line) {
        isNotNull();
        List<String> printed = actual.stdoutLines();
        int at = printed.indexOf(line);
        if (at >= 0) {
            throw failure(
                    "%s",
                    "Expected the run never to print '" + line + "', but line " + (at + 1) + " is; it printed"
                            + block(printed));
        }
        return this;
    }

    /** The run ended with node's exit code {@code code}. */
    public RunAssert exitedWith(int code) {
        isNotNull();
        if (actual.exitCode() != code) {
            throw failure(
                    "%s",
                    "Expected exit code " + code + ", but the run exited with " + actual.exitCode() + stderr()
                            + "\nstdout:" + block(actual.stdoutLines()));
        }
        return this;
    }

    /** What the run printed to stderr contains {@code text} (an error's message, a warning). */
    public RunAssert printedToStderr(String text) {
        isNotNull();
        if (!actual.stderr().contains(text)) {
            throw failure(
                    "%s",
                    "Expected stderr to contain '" + text + "', but "
                            + (actual.stderr().isEmpty()
                                    ? "the run printed nothing to stderr"
                                    : "it was" + block(actual.stderr().lines().toList())));
        }
        return this;
    }

    /** The run printed nothing to stderr: no error, no warning. */
    public RunAssert printedNothingToStderr() {
        isNotNull();
        if (!actual.stderr().isEmpty()) {
            throw failure(
                    "%s",
                    "Expected nothing on stderr, but the run printed"
                            + block(actual.stderr().lines().toList()));
        }
        return this;
    }

    /** Some step printed the line {@code label}: {@code assertThat(run).ran("b").before("a")}. */
    public StepAssert ran(String label) {
        return trace().ran(label);
    }

    /** Assertions over the run's trace (the run must have been traced). */
    public TraceAssert trace() {
        isNotNull();
        TraceAssert trace = new TraceAssert(actual.trace());
        return info.hasDescription() ? trace.as(info.description()) : trace;
    }

    private String stderr() {
        return actual.stderr().isEmpty()
                ? ""
                : "\nstderr:" + block(actual.stderr().lines().toList());
    }

    /** Lines quoted one per line behind a bar, so empty lines and spaces show; long outputs cut. */
    static String block(List<String> lines) {
        if (lines.isEmpty()) {
            return " nothing";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(EXCERPT_LINES, lines.size()); i++) {
            b.append("\n  | ").append(lines.get(i));
        }
        if (lines.size() > EXCERPT_LINES) {
            b.append("\n  | … ").append(lines.size() - EXCERPT_LINES).append(" more lines");
        }
        return b.toString();
    }
}
