package dev.loopsim.cli;

import dev.loopsim.nodediff.NodeExecutable;
import dev.loopsim.nodediff.NodePrelude;
import dev.loopsim.nodediff.TimeScale;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopsim diff}: runs each scenario under loopsim and under the real {@code node} on this machine
 * (replaying loopsim's I/O draws through the prelude, on a scaled clock) and compares stdout and exit code.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run each scenario under loopsim and under node (found on PATH) and compare what they print and"
                    + " their exit codes.",
            "node loads a prelude that replays the latencies and outcomes loopsim drew for fetch and fs, and"
                    + " runs its clock and timers SCALE times slower so that real scheduling keeps the order"
                    + " of virtual milliseconds."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:loopsim and node agree on every scenario",
            "1:some scenario disagrees",
            "2:usage error, unreadable file, or node was not found on PATH",
            "70:internal error in loopsim"
        })
public final class DiffCommand implements Callable<Integer> {
    /** Real milliseconds per virtual millisecond: measured stable over the corpus (docs/scenarios.md). */
    static final double DEFAULT_SCALE = 20;

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "DIR|FILE",
            arity = "1..*",
            description = "Scenarios: .js/.mjs files, or directories: their .js/.mjs files and their"
                    + " subdirectories', except under lib/ (helpers), as loopsim check finds them.")
    List<Path> targets;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "How many scenarios run at once, node processes included (default: 2 per core).")
    Integer jobs;

    @Option(
            names = "--scale",
            paramLabel = "K",
            description = "Real milliseconds per virtual millisecond in node (default: ${DEFAULT-VALUE}).")
    double scale = DEFAULT_SCALE;

    @Option(
            names = "--node-timeout",
            paramLabel = "SECONDS",
            description = "Wall-clock limit of each node run (default: ${DEFAULT-VALUE}); a long run is replayed"
                    + " at a smaller scale so that it fits half of it.")
    long nodeTimeoutSeconds = 60;

    private final Map<String, String> environment;

    public DiffCommand() {
        this(System.getenv());
    }

    /** A diff command that looks for node on the {@code PATH} of {@code environment}. */
    public DiffCommand(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> node = NodeExecutable.onPath(environment);
        if (node.isEmpty()) {
            err.println("loopsim diff: node was not found on PATH");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (!(scale > 0) || nodeTimeoutSeconds < 1 || (jobs != null && jobs < 1)) {
            err.println("loopsim diff: --scale, --node-timeout and --jobs must be positive");
            err.flush();
            return ExitCodes.USAGE;
        }
        List<Path> files;
        try {
            files = ScenarioFinder.find(targets, "loopsim diff");
        } catch (UserError e) {
            err.println(e.getMessage());
            err.flush();
            return e.exitCode();
        }
        Path work = Files.createTempDirectory("loopsim-diff");
        try {
            Path prelude = NodePrelude.writeInto(work);
            Duration limit = Duration.ofSeconds(nodeTimeoutSeconds);
            ScenarioDiff differ =
                    new ScenarioDiff(node.get(), prelude, work, new TimeScale(scale, limit.dividedBy(2)), limit);
            int disagreements = report(runAll(differ, files), out);
            out.printf(
                    "%d scenario%s: %d agree%s, %d differ%s%n",
                    files.size(),
                    files.size() == 1 ? "" : "s",
                    files.size() - disagreements,
                    files.size() - disagreements == 1 ? "s" : "",
                    disagreements,
                    disagreements == 1 ? "s" : "");
            out.flush();
            return disagreements == 0 ? ExitCodes.OK : ExitCodes.SCRIPT_ERROR;
        } finally {
            deleteRecursively(work);
        }
    }

    /** Every scenario diffed side by side, the results in file order. */
    private List<ScenarioDiff.Outcome> runAll(ScenarioDiff differ, List<Path> files) throws InterruptedException {
        int threads = jobs != null ? jobs : 2 * Runtime.getRuntime().availableProcessors();
        List<ScenarioDiff.Outcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<ScenarioDiff.Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                int index = i;
                futures.add(pool.submit(() -> differ.diff(file, index)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    outcomes.add(new ScenarioDiff.Outcome(
                            files.get(i), false, "  loopsim: internal error: " + Main.describe(e.getCause()) + "\n"));
                }
            }
        }
        return outcomes;
    }

    private static int report(List<ScenarioDiff.Outcome> outcomes, PrintWriter out) {
        int disagreements = 0;
        for (ScenarioDiff.Outcome o : outcomes) {
            if (!o.agrees()) {
                disagreements++;
                out.println("DIFFERS " + o.file());
                out.print(o.report());
            }
        }
        return disagreements;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
