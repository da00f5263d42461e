package dev.loopsim.properties.run;

import dev.loopsim.host.ModuleFiles;
import dev.loopsim.host.NodeHost;
import dev.loopsim.host.NodeOptions;
import dev.loopsim.io.IoSetup;
import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Node;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.scenario.Scenario;
import dev.loopsim.scenario.ScenarioError;
import dev.loopsim.scenario.ScenarioReader;
import dev.loopsim.trace.TraceEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A script parsed once, as node parses its main file, with what its front-matter says, ready to run as
 * often as a search asks: each {@link #run} is a fresh simulation, a pure function of the script and the
 * answers its {@link ChoiceStream} gives. Safe to run from several threads at once.
 */
public final class Script implements Subject {
    /** Node's exit code for a script that does not parse. */
    static final int SYNTAX_ERROR_EXIT = 1;

    private final Scenario scenario;
    private final String fileName;
    private final Node.Program program;
    private final String syntaxError;
    private final ModuleFiles files;

    private Script(Scenario scenario, String fileName, Node.Program program, String syntaxError, ModuleFiles files) {
        this.scenario = scenario;
        this.fileName = fileName;
        this.program = program;
        this.syntaxError = syntaxError;
        this.files = files;
    }

    /**
     * A scenario file: its front-matter (flags, fake I/O, timings), its text parsed as node would, and the
     * files beside it for {@code require}. Invalid front-matter is a {@link ScenarioError} naming the line.
     */
    public static Script load(Path file) {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Path main = file.toAbsolutePath().normalize();
        return of(ScenarioReader.read(file, text), main.toString(), text, new DirectoryModuleFiles(main.getParent()));
    }

    /** A script given as text (a generated program, a test's inline script), front-matter included. */
    public static Script of(String fileName, String text) {
        return of(ScenarioReader.read(Path.of(fileName), text), fileName, text, ModuleFiles.NONE);
    }

    /** A script whose settings come from {@code scenario} rather than its text, reading modules from {@code files}. */
    public static Script of(Scenario scenario, String fileName, String text, ModuleFiles files) {
        Source source = new Source(fileName, text);
        try {
            Node.Program program = LargeStack.call("parse", () -> ParseGoal.AS_NODE_DOES.parse(source));
            return new Script(scenario, fileName, program, null, files);
        } catch (JsSyntaxError e) {
            return new Script(scenario, fileName, null, e.render(), files);
        }
    }

    /** The same script with other settings (a seed, other latencies, other flags). */
    public Script withScenario(Scenario other) {
        return new Script(other, fileName, program, syntaxError, files);
    }

    public Scenario scenario() {
        return scenario;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    /** The script's text, as parsed. */
    public String text() {
        return program == null ? "" : program.span().source().text();
    }

    /**
     * Runs once with {@link #choices()}: every decision at its default, or at the answer the scenario's
     * {@code pinned:} gives it; traced.
     */
    public Run run() {
        return run(choices(), true);
    }

    /**
     * A fresh stream of the answers this script runs with when nobody passes any: its {@code pinned:}
     * answers ({@link PinnedChoices}, every other decision 0), or {@link ChoiceStream#DEFAULTS}.
     */
    public ChoiceStream choices() {
        return scenario.pinned().isEmpty() ? ChoiceStream.DEFAULTS : new PinnedChoices(scenario.pinned());
    }

    /**
     * Runs once, taking each decision from {@code choices}; {@code traced} keeps the trace (a search that
     * only looks at stdout and the exit code runs faster without). Runs on a thread with a large stack.
     */
    public Run run(ChoiceStream choices, boolean traced) {
        return LargeStack.call("run", () -> runHere(choices, traced));
    }

    /**
     * {@link #run(ChoiceStream, boolean)} on the calling thread, which must have a large stack (the
     * explorer's workers do): deeply nested scripts recurse in the parser and the compiler.
     */
    @Override
    public Run runHere(ChoiceStream choices, boolean traced) {
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        if (program == null) {
            return new Run(SYNTAX_ERROR_EXIT, "", syntaxError + "\n", List.of(), List.of());
        }
        StreamStrategy strategy = new StreamStrategy(choices);
        NodeOptions options = scenario.nodeOptions().withIo(scenario.io());
        ChoiceSource source =
                new ChoiceSource(List.of(), strategy, scenario.io().seed());
        List<TraceEvent> trace = new ArrayList<>();
        NodeHost host = new NodeHost(
                line -> stdout.append(line).append('\n'),
                line -> stderr.append(line).append('\n'),
                source,
                files,
                options);
        if (traced) {
            host.tracer().addSink(event -> {
                if (trace.size() < Run.MAX_TRACE_EVENTS) {
                    trace.add(event);
                }
            });
        }
        int exitCode;
        try {
            exitCode = host.run(fileName, program);
        } catch (JsSyntaxError unsupported) {
            // A construct the compiler does not handle yet, met when its code is first compiled.
            stderr.append(unsupported.render()).append('\n');
            exitCode = SYNTAX_ERROR_EXIT;
        }
        return new Run(exitCode, stdout.toString(), stderr.toString(), trace, strategy.made(), host.stoppedAtLimit());
    }

    /** The fake I/O the runs use: the front-matter's. */
    public IoSetup io() {
        return scenario.io();
    }
}
