package dev.loopsim.host;

import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;

/** One run of a script on the Node host, for tests: what it printed, its exit code, its trace. */
public record Simulation(String stdout, String stderr, int exitCode, List<TraceEvent> trace) {

    public static Simulation run(String script) {
        return run(script, ChoiceSource.defaults());
    }

    public static Simulation run(String script, ChoiceSource choices) {
        return run("script.js", script, choices);
    }

    public static Simulation run(String fileName, String script, ChoiceSource choices) {
        return run(fileName, script, choices, NodeOptions.DEFAULTS);
    }

    /** A run as {@code node} with the flags {@code options} stand for. */
    public static Simulation run(String fileName, String script, ChoiceSource choices, NodeOptions options) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        List<TraceEvent> trace = new ArrayList<>();
        NodeHost host = new NodeHost(
                s -> out.append(s).append('\n'), s -> err.append(s).append('\n'), choices, ModuleFiles.NONE, options);
        host.tracer().addSink(trace::add);
        int code = host.run(fileName, Parser.parse(new Source(fileName, script)));
        return new Simulation(out.toString(), err.toString(), code, List.copyOf(trace));
    }

    /** The trace's events of one kind. */
    public List<TraceEvent> events(TraceEvent.Kind kind) {
        return trace.stream().filter(e -> e.kind() == kind).toList();
    }

    /** The virtual time, in microseconds, at which {@code line} was printed to stdout. */
    public long printedAt(String line) {
        return trace.stream()
                .filter(e -> e.kind() == TraceEvent.Kind.CONSOLE && e.detail().equals("stdout: " + line))
                .findFirst()
                .orElseThrow(() -> new AssertionError("never printed: " + line))
                .micros();
    }
}
