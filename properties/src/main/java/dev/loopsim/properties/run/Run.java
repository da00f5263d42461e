package dev.loopsim.properties.run;

import dev.loopsim.trace.TraceEvent;
import java.util.List;

/**
 * What one run of a script did: node's exit code, everything it printed, its trace (empty when the run
 * was not traced), and the decisions it made with their answers, in order.
 */
public record Run(int exitCode, String stdout, String stderr, List<TraceEvent> trace, List<Choice> choices) {
    public Run {
        trace = List.copyOf(trace);
        choices = List.copyOf(choices);
    }

    /** The answers alone, in order: the run's choice sequence. */
    public int[] answers() {
        return choices.stream().mapToInt(Choice::index).toArray();
    }

    /** The lines printed to stdout, without their line ends. */
    public List<String> stdoutLines() {
        return stdout.lines().toList();
    }
}
