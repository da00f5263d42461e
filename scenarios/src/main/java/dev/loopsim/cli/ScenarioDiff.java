package dev.loopsim.cli;

import dev.loopsim.nodediff.HandOver;
import dev.loopsim.nodediff.IoDraw;
import dev.loopsim.nodediff.LineDiff;
import dev.loopsim.nodediff.NodeRun;
import dev.loopsim.nodediff.TimeScale;
import dev.loopsim.trace.TraceEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one scenario under loopsim and under the real node (with the prelude replaying loopsim's draws,
 * on a scaled clock) and compares their stdout and exit code; a disagreement comes with a readable diff.
 */
final class ScenarioDiff {
    private static final int STDERR_LINES = 12;

    /** What the comparison found for one file; {@code report} is empty when loopsim and node agree. */
    record Outcome(Path file, boolean agrees, String report) {}

    private final Path node;
    private final Path prelude;
    private final Path work;
    private final TimeScale timeScale;
    private final Duration limit;

    ScenarioDiff(Path node, Path prelude, Path work, TimeScale timeScale, Duration limit) {
        this.node = node;
        this.prelude = prelude;
        this.work = work;
        this.timeScale = timeScale;
        this.limit = limit;
    }

    Outcome diff(Path file, int index) throws IOException, InterruptedException {
        ScenarioFile scenario;
        try {
            scenario = ScenarioFile.read(file);
        } catch (UserError e) {
            return new Outcome(file, false, "  " + e.getMessage() + "\n");
        }
        LoopsimRun loopsim = LoopsimRun.of(scenario);
        double scale = timeScale.forEndOf(loopsim.endMicros());
        HandOver handOver = HandOver.of(
                scale,
                loopsim.draws(),
                scenario.scenario().io(),
                file,
                scenario.source().text());
        Path dir = Files.createDirectories(work.resolve(Integer.toString(index)));
        NodeRun nodeRun = NodeRun.of(node, scenario.scenario().flags(), prelude, handOver, file, dir, limit);
        return compare(file, scale, loopsim, nodeRun);
    }

    private Outcome compare(Path file, double scale, LoopsimRun loopsim, NodeRun nodeRun) {
        if (nodeRun.timedOut()) {
            return new Outcome(
                    file,
                    false,
                    String.format(
                            "  node did not finish within %d s (virtual time %d ms at %s real ms per virtual ms)%n",
                            limit.toSeconds(), loopsim.endMicros() / 1000, scaleText(scale)));
        }
        boolean sameOut = loopsim.stdout().equals(nodeRun.stdout());
        boolean sameCode = loopsim.exitCode() == nodeRun.exitCode();
        if (sameOut && sameCode) {
            return new Outcome(file, true, "");
        }
        StringBuilder report = new StringBuilder();
        report.append("  (node ran at ").append(scaleText(scale)).append(" real ms per virtual ms)\n");
        if (!sameCode) {
            report.append("  exit code: loopsim ")
                    .append(loopsim.exitCode())
                    .append(", node ")
                    .append(nodeRun.exitCode())
                    .append('\n');
        }
        if (!sameOut) {
            report.append("  stdout (- loopsim, + node):\n")
                    .append(LineDiff.unified(loopsim.stdout(), nodeRun.stdout()));
        }
        appendTail(report, "loopsim's stderr", loopsim.stderr());
        appendTail(report, "node's stderr", nodeRun.stderr());
        return new Outcome(file, false, report.toString());
    }

    private static void appendTail(StringBuilder report, String what, String text) {
        if (text.isBlank()) {
            return;
        }
        List<String> lines = List.of(text.split("\n"));
        List<String> tail = lines.subList(Math.max(0, lines.size() - STDERR_LINES), lines.size());
        report.append("  ").append(what);
        if (tail.size() < lines.size()) {
            report.append(" (last ").append(tail.size()).append(" lines)");
        }
        report.append(":\n");
        tail.forEach(l -> report.append("    ").append(l).append('\n'));
    }

    private static String scaleText(double scale) {
        return scale == Math.rint(scale) ? Long.toString((long) scale) : String.format("%.3f", scale);
    }

    /** loopsim's run of the file: stdout, stderr, exit code, the I/O draws and when the run ended. */
    record LoopsimRun(String stdout, String stderr, int exitCode, List<IoDraw> draws, long endMicros) {

        static LoopsimRun of(ScenarioFile scenario) {
            StringBuilder out = new StringBuilder();
            StringBuilder err = new StringBuilder();
            List<TraceEvent> ioStarts = new ArrayList<>();
            long[] end = {0};
            int exitCode = ScenarioRun.run(
                            scenario,
                            ScenarioRun.Overrides.NONE,
                            line -> out.append(line).append('\n'),
                            line -> err.append(line).append('\n'),
                            List.of(e -> {
                                end[0] = e.micros();
                                if (e.kind() == TraceEvent.Kind.IO_START) {
                                    ioStarts.add(e);
                                }
                            }))
                    .exitCode();
            return new LoopsimRun(out.toString(), err.toString(), exitCode, IoDraw.fromTrace(ioStarts), end[0]);
        }
    }
}
