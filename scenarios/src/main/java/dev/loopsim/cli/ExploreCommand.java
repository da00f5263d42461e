package dev.loopsim.cli;

import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.Explorer;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.explore.SearchStrategy;
import dev.loopsim.properties.run.DirectoryModuleFiles;
import dev.loopsim.properties.run.ParseGoal;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import dev.loopsim.scenario.ScenarioInvariants;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.TraceFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopsim explore}: searches a scenario's schedules — its I/O latencies, injected failures and the
 * orders node leaves to chance — for runs that break its invariants, then prints the distinct outcomes
 * and the first failure shrunk to a minimal counterexample told in the scenario's terms, with the line
 * that replays it. {@code --save} keeps the counterexample as a regression scenario for {@code check}.
 */
@Command(
        name = "explore",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run a scenario under many schedules (latencies, failures, node's chance orders) looking for one that"
                    + " breaks its invariants: a non-zero exit, or an entry of its front-matter's invariants:"
                    + " (docs/explore.md).",
            "Prints the distinct outcomes and the first failure shrunk to a minimal counterexample, with the"
                    + " command that replays it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no run failed",
            "1:a run failed (the counterexample is printed), or a run never ended",
            "2:usage error, unreadable file or invalid front-matter",
            "70:internal error in loopsim"
        })
public final class ExploreCommand implements Callable<Integer> {
    /** The bound of an exhaustive search when --runs does not give one. */
    static final int EXHAUSTIVE_BOUND = 100_000;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The scenario to explore.")
    Path file;

    @Option(
            names = "--runs",
            paramLabel = "N",
            description =
                    "Runs to make (default 1,000); for exhaustive, the most schedules to cover (default" + " 100,000).")
    Integer runs;

    @Option(
            names = "--strategy",
            paramLabel = "NAME",
            description = "random (every decision drawn), pct or pct:N (at most N decisions off their default;"
                    + " pct is pct:2), swarm (a random subset of the decisions drawn per run) or exhaustive"
                    + " (every schedule in order, up to --runs). Default: ${DEFAULT-VALUE}.")
    String strategy = "random";

    @Option(
            names = "--seed",
            paramLabel = "S",
            description = "Seed of the search: the same seed gives the same report whatever --jobs (default"
                    + " ${DEFAULT-VALUE}). The scenario's own seed still drives Math.random.")
    long seed = 0;

    @Option(
            names = "--jobs",
            paramLabel = "K",
            description = "Runs made side by side (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--save",
            paramLabel = "DIR",
            description = "Write the counterexample to DIR as a scenario with its decisions pinned, with golden"
                    + " files, for loopsim check DIR.")
    Path save;

    @Option(
            names = "--shrink-attempts",
            paramLabel = "N",
            description = "The most re-runs shrinking may take (default ${DEFAULT-VALUE}).")
    int shrinkAttempts = 2000;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Real time one run may take before the search stops (default ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    /** Whether stderr is a terminal, where the progress bar is drawn; tests replace it. */
    BooleanSupplier terminal = Terminal::isInteractive;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return explore(out, err, start);
        } catch (UserError e) {
            err.println(e.getMessage());
            return e.exitCode();
        } catch (Explorer.RunTimeout e) {
            err.println("loopsim explore: " + e.getMessage());
            return ExitCodes.SCRIPT_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int explore(PrintWriter out, PrintWriter err, long start) {
        Explorer.Settings settings = settings();
        ScenarioFile scenario = ScenarioFile.read(file);
        // A script that does not parse fails every run the same way: say so once, as loopsim run does.
        ScriptReader.parse(scenario.source(), ParseGoal.AS_NODE_DOES);
        Path main = file.toAbsolutePath().normalize();
        Script script = Script.of(
                scenario.scenario(),
                main.toString(),
                scenario.source().text(),
                new DirectoryModuleFiles(main.getParent()));
        Invariant invariant = ScenarioInvariants.of(scenario.scenario());

        ProgressBar bar = terminal.getAsBoolean() ? new ProgressBar(err, settings.runs()) : null;
        Explorer.Progress progress = bar == null
                ? Explorer.Progress.NONE
                : (done, total, failures) ->
                        bar.show(done, total, failures == 0 ? "" : ", " + count(failures, "failure"));
        Exploration exploration;
        try {
            exploration = new Explorer(script, invariant, settings).explore(progress);
        } finally {
            if (bar != null) {
                bar.finish();
            }
        }

        out.printf(
                "loopsim explore %s: %s, strategy %s, seed %d, in %.1fs%n",
                file,
                count(exploration.runs(), "run"),
                exploration.strategy(),
                exploration.seed(),
                (System.nanoTime() - start) / 1e9);
        out.print(ExplorationReport.outcomes(exploration));
        if (exploration.counterexample().isEmpty()) {
            out.println(
                    exploration.coverage().map(c -> c.complete()).orElse(false)
                            ? "no schedule fails"
                            : "no run failed");
            if (save != null) {
                out.println("nothing saved to " + save + ": there is no counterexample");
            }
            return ExitCodes.OK;
        }
        Exploration.Counterexample c = exploration.counterexample().get();
        DecisionSentences sentences = new DecisionSentences(scenario.scenario().io(), main);
        String replay = ExplorationReport.replayArgument(c.minimal());
        out.println();
        out.print(ExplorationReport.counterexample(exploration, c, sentences.of(c.minimalRun())));
        out.println();
        out.print(ExplorationReport.stdoutDiff(c));
        out.println();
        out.println("replay: loopsim run " + shellWord(file.toString()) + " --replay " + replay);
        writeTraces(out, c, scenario);
        if (save != null) {
            SavedCounterexample.Saved saved;
            try {
                saved = SavedCounterexample.save(scenario, save, exploration, c, replay);
            } catch (UserError e) {
                // The report is out and a run failed: the exit code says so, the one line why nothing was saved.
                err.println(e.getMessage());
                return ExitCodes.SCRIPT_ERROR;
            }
            out.println("saved: " + String.join(", ", saved.written()));
            out.println("       loopsim check " + shellWord(save.toString()) + " replays it");
            for (String problem : saved.problems()) {
                err.println("loopsim: note: " + saved.script() + ": " + problem);
            }
        }
        return ExitCodes.SCRIPT_ERROR;
    }

    private Explorer.Settings settings() {
        String usage = "loopsim explore: ";
        if (runs != null && runs < 1) {
            throw new UserError(usage + "--runs must be at least 1, got " + runs, ExitCodes.USAGE);
        }
        if (jobs < 1) {
            throw new UserError(usage + "--jobs must be at least 1, got " + jobs, ExitCodes.USAGE);
        }
        if (shrinkAttempts < 0) {
            throw new UserError(usage + "--shrink-attempts must be at least 0, got " + shrinkAttempts, ExitCodes.USAGE);
        }
        if (timeoutSeconds < 1) {
            throw new UserError(usage + "--timeout must be at least 1 second, got " + timeoutSeconds, ExitCodes.USAGE);
        }
        if (save != null && Files.exists(save) && !Files.isDirectory(save)) {
            throw new UserError(usage + "--save " + save + ": not a directory", ExitCodes.USAGE);
        }
        if (save != null && Files.exists(file) && file.getFileName() != null) {
            Path target = save.resolve(file.getFileName().toString());
            try {
                if (Files.exists(target) && Files.isSameFile(target, file)) {
                    throw new UserError(
                            usage + "--save " + save + " would overwrite " + file + " itself; save into another"
                                    + " directory",
                            ExitCodes.USAGE);
                }
            } catch (IOException e) {
                throw new UserError(usage + "--save " + save + ": " + e.getMessage(), ExitCodes.USAGE);
            }
        }
        SearchStrategy parsed;
        try {
            boolean exhaustive = strategy.strip().equals("exhaustive");
            parsed = SearchStrategy.parse(strategy, runs != null ? runs : exhaustive ? EXHAUSTIVE_BOUND : 1000);
        } catch (IllegalArgumentException e) {
            throw new UserError(usage + "--strategy: " + e.getMessage(), ExitCodes.USAGE);
        }
        int runCount = parsed instanceof SearchStrategy.Exhaustive e ? e.maxSchedules() : runs != null ? runs : 1000;
        return new Explorer.Settings(parsed, runCount, seed, jobs, shrinkAttempts, Duration.ofSeconds(timeoutSeconds));
    }

    /**
     * The traces of the counterexample and of the passing run, as text timelines: in the --save directory
     * when there is one, else in a fresh temporary directory; the report says where.
     */
    private void writeTraces(PrintWriter out, Exploration.Counterexample c, ScenarioFile scenario) {
        String name = scenario.file().getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Path dir;
        try {
            dir = save != null
                    ? Files.createDirectories(save)
                    : Files.createTempDirectory("loopsim-explore-" + base + "-");
        } catch (IOException e) {
            out.println("traces: not written (" + e.getMessage() + ")");
            return;
        }
        Path failing = dir.resolve(base + ".counterexample.trace.txt");
        String where = writeTrace(failing, c.minimalRun());
        out.println("traces: " + where + " (the counterexample)");
        if (c.passing().isPresent()) {
            Path passing = dir.resolve(base + ".passing.trace.txt");
            out.println("        " + writeTrace(passing, c.passing().get()) + " (the passing run)");
        }
    }

    private static String writeTrace(Path path, Run run) {
        StringBuilder text = new StringBuilder();
        for (TraceEvent event : run.trace()) {
            text.append(TraceFormat.timelineLine(event)).append('\n');
        }
        try {
            Files.writeString(path, text, StandardCharsets.UTF_8);
            return path + ", " + count(run.trace().size(), "event")
                    + (run.trace().size() >= Run.MAX_TRACE_EVENTS ? " (only the first: the trace is cut there)" : "");
        } catch (IOException e) {
            return path + " not written (" + e.getMessage() + ")";
        }
    }

    private static String count(long n, String noun) {
        return ExplorationReport.count(n, noun);
    }

    /** {@code word} as a shell reads it back: bare when safe, else in single quotes. */
    static String shellWord(String word) {
        if (!word.isEmpty() && word.matches("[A-Za-z0-9_./:@%+=,-]+")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
