package dev.loopsim.cli;

import dev.loopsim.host.UnhandledRejectionsMode;
import dev.loopsim.io.IoSetup;
import dev.loopsim.io.LatencyModel;
import dev.loopsim.loop.ChoicePoint;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.TraceFormat;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopsim run}: runs a script as Node runs it, in virtual time, printing what it prints; Node's
 * chances can be forced with {@code --choose}, and every step traced as a timeline or JSON Lines.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run a JavaScript file the way Node.js runs it, printing what it prints, in virtual time:"
                    + " timers never wait.",
            "Where Node leaves an order to chance, loopsim takes Node's more frequent outcome unless"
                    + " --choose says otherwise. Choice points:"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the script ran to completion",
            "1:the file has a syntax error, or the script threw an uncaught exception or left a rejection"
                    + " unhandled",
            "2:usage error or unreadable file",
            "7:an 'uncaughtException' listener threw, as node exits then",
            "70:internal error in loopsim"
        })
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "FILE",
            arity = "1",
            description = "The script to run (.mjs runs as a module), with the settings of its front-matter"
                    + " (docs/scenarios.md).")
    Path file;

    @Option(
            names = "--choose",
            paramLabel = "NAME[@K]=OUTCOME",
            description = "Force a choice point's outcome, for every occurrence or only the K-th (from 1).")
    List<String> choose = new ArrayList<>();

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of every random draw (I/O latencies, failures, Math.random); overrides the"
                    + " scenario's seed (default 0).")
    Long seed;

    @Option(
            names = "--latency",
            paramLabel = "ROUTE=MODEL",
            description = "Latency of fake I/O: ROUTE is default, a route's URL pattern or a file path;"
                    + " MODEL is fixed(ms), uniform(a, b), exponential(mean), normal(mean, sd), sequence(a, …)"
                    + " or choice(a, …). Overrides the scenario's.")
    List<String> latency = new ArrayList<>();

    @Option(
            names = "--replay",
            paramLabel = "CHOICES",
            description = "Answer the run's decisions (latencies, failures, choice points) in order with these"
                    + " integers, 0 being the default, as loopsim explore prints them: 20,0,1 or '[20, 0, 1]'."
                    + " Replaces the scenario's pinned answers.")
    String replay;

    @Option(names = "--trace", description = "Print the timeline of every step to stderr.")
    boolean trace;

    @Option(names = "--trace-json", paramLabel = "OUT", description = "Write every step as JSON Lines to the file OUT.")
    Path traceJson;

    @Option(
            names = "--unhandled-rejections",
            paramLabel = "MODE",
            description = "What a rejection left unhandled does, as node's flag of that name: throw (the default),"
                    + " strict, warn, none or warn-with-error-code. Overrides the scenario's flags.")
    String unhandledRejections;

    /** Lists every choice point, with its outcomes, under the description (kept from ChoicePoint.ALL). */
    static void describeChoicePoints(CommandSpec run) {
        List<String> lines = new ArrayList<>(List.of(run.usageMessage().description()));
        for (ChoicePoint point : ChoicePoint.ALL) {
            lines.add("  " + point.name() + "=" + String.join("|", point.outcomes()) + "   " + point.description());
        }
        lines.add("  latency:TARGET=MS   a choice(a, b, ...) latency of the scenario's route or file TARGET");
        run.usageMessage().description(lines.toArray(String[]::new));
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioFile scenario;
        ScenarioRun.Overrides overrides;
        try {
            scenario = ScenarioFile.read(file);
            overrides = overrides(scenario.scenario().io());
        } catch (UserError e) {
            err.println(e.getMessage());
            err.flush();
            return e.exitCode();
        }
        List<Consumer<TraceEvent>> sinks = new ArrayList<>();
        if (trace) {
            sinks.add(e -> err.println(TraceFormat.timelineLine(e)));
        }
        BufferedWriter json = null;
        if (traceJson != null) {
            try {
                json = Files.newBufferedWriter(traceJson, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("loopsim: cannot write the trace to " + traceJson + ": " + e.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
            BufferedWriter writer = json;
            sinks.add(e -> {
                try {
                    writer.write(TraceFormat.jsonLine(e));
                    writer.newLine();
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
        }
        ScenarioRun.Result result;
        try {
            result = ScenarioRun.run(scenario, overrides, out::println, err::println, sinks);
        } finally {
            if (json != null) {
                try {
                    json.close();
                } catch (IOException e) {
                    err.println("loopsim: cannot write the trace to " + traceJson + ": " + e.getMessage());
                }
            }
        }
        for (ChoiceSource.Forced unused : result.unusedChoices()) {
            err.println("loopsim: note: --choose " + unused + " was never asked: the run never reached that choice");
        }
        for (String warning : result.pinWarnings()) {
            err.println("loopsim: note: " + scenario.file() + ": " + warning);
        }
        out.flush();
        err.flush();
        return result.exitCode();
    }

    /**
     * What the command line sets over the front-matter (whose fake I/O is {@code io}); an invalid option
     * is a usage error.
     */
    private ScenarioRun.Overrides overrides(IoSetup io) {
        Optional<UnhandledRejectionsMode> mode;
        try {
            mode = Optional.ofNullable(unhandledRejections).map(UnhandledRejectionsMode::fromFlagValue);
        } catch (IllegalArgumentException e) {
            throw new UserError("loopsim run: " + e.getMessage(), ExitCodes.USAGE);
        }
        List<ChoiceSource.Forced> forced = new ArrayList<>();
        IoSetup withLatencies;
        try {
            withLatencies = withLatencies(io);
            for (String c : choose) {
                forced.add(ChoiceSource.Forced.parse(c, knownChoicePoints(withLatencies)));
            }
        } catch (IllegalArgumentException e) {
            throw new UserError("loopsim: " + e.getMessage(), ExitCodes.USAGE);
        }
        return new ScenarioRun.Overrides(
                mode, forced, Optional.ofNullable(seed), this::withLatencies, Optional.ofNullable(replaySequence()));
    }

    /** {@code --replay}, parsed; a bad one is a usage error naming the option. */
    private ChoiceSequence replaySequence() {
        if (replay == null) {
            return null;
        }
        if (!choose.isEmpty()) {
            throw new UserError(
                    "loopsim run: --replay answers every decision in order; it cannot be combined with --choose",
                    ExitCodes.USAGE);
        }
        try {
            return ChoiceSequence.parse(replay);
        } catch (IllegalArgumentException e) {
            throw new UserError("loopsim run: --replay " + replay + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    /** Every {@code --latency} option applied to {@code io}, in order. */
    private IoSetup withLatencies(IoSetup io) {
        IoSetup result = io;
        for (String l : latency) {
            result = withLatency(result, l);
        }
        return result;
    }

    /** {@code --latency ROUTE=MODEL}, split at the last '=' (a URL pattern may hold one). */
    static IoSetup withLatency(IoSetup io, String option) {
        int eq = option.lastIndexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException(
                    "--latency " + option + ": expected ROUTE=MODEL, such as default=fixed(10)");
        }
        String model = option.substring(eq + 1);
        try {
            return io.withLatency(option.substring(0, eq), LatencyModel.parse(model));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    e.getMessage().startsWith("--latency")
                            ? e.getMessage()
                            : "--latency " + option + ": " + e.getMessage());
        }
    }

    /** The fixed choice points and those of the setup's {@code choice(…)} latencies. */
    static List<ChoicePoint> knownChoicePoints(IoSetup io) {
        List<ChoicePoint> known = new ArrayList<>(ChoicePoint.ALL);
        if (io.latency() instanceof LatencyModel.Choice c) {
            known.add(ChoicePoint.latency("default", c.values()));
        }
        for (var route : io.routes()) {
            if (route.latency() instanceof LatencyModel.Choice c) {
                known.add(ChoicePoint.latency(route.url(), c.values()));
            }
        }
        for (var file : io.files()) {
            if (file.latency() instanceof LatencyModel.Choice c) {
                known.add(ChoicePoint.latency(file.path(), c.values()));
            }
        }
        return known;
    }
}
