package dev.loopsim.properties.run;

import dev.loopsim.trace.TraceEvent;
import java.util.List;

/**
 * What one run of a script did: node's exit code, everything it printed, its trace (empty when the run
 * was not traced; at most {@link #MAX_TRACE_EVENTS} events), the decisions it made with their answers,
 * in order, and whether it was stopped because it never ends (loopsim's callback limit; node would run
 * on forever).
 */
public record Run(
        int exitCode, String stdout, String stderr, List<TraceEvent> trace, List<Choice> choices, boolean endless) {

    /** The most trace events a run keeps: a run that never ends would otherwise fill the heap. */
    public static final int MAX_TRACE_EVENTS = 200_000;

    public Run {
        trace = List.copyOf(trace);
        choices = List.copyOf(choices);
    }

    /** A run that ended. */
    public Run(int exitCode, String stdout, String stderr, List<TraceEvent> trace, List<Choice> choices) {
        this(exitCode, stdout, stderr, trace, choices, false);
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
