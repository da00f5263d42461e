package dev.loopsim.properties.assertions;

import dev.loopsim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of a trace as people name them: a step is the console line it prints, and "ran X" means the
 * first console event (stdout or stderr) that printed the line X.
 */
final class Steps {
    private Steps() {}

    /** The first console event that printed {@code label} as one of its lines. */
    static Optional<TraceEvent> first(List<TraceEvent> trace, String label) {
        return trace.stream()
                .filter(e -> e.kind() == TraceEvent.Kind.CONSOLE && lines(e).contains(label))
                .findFirst();
    }

    /** Every line the trace's console events printed, in order. */
    static List<String> printed(List<TraceEvent> trace) {
        List<String> out = new ArrayList<>();
        for (TraceEvent e : trace) {
            if (e.kind() == TraceEvent.Kind.CONSOLE) {
                out.addAll(lines(e));
            }
        }
        return out;
    }

    /** The lines of one console event, whose detail is {@code stdout: text}. */
    static List<String> lines(TraceEvent console) {
        String detail = console.detail();
        int colon = detail.indexOf(": ");
        return List.of(detail.substring(colon < 0 ? 0 : colon + 2).split("\n", -1));
    }

    /** The virtual time in whole milliseconds, as node's timers see it. */
    static long millis(TraceEvent e) {
        return e.micros() / 1000;
    }

    /** {@code 'a', 'b', 'c'} for a message, at most {@code max} of them. */
    static String quoted(List<String> lines, int max) {
        if (lines.isEmpty()) {
            return "nothing";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(max, lines.size()); i++) {
            b.append(i == 0 ? "" : ", ").append('\'').append(lines.get(i)).append('\'');
        }
        if (lines.size() > max) {
            b.append(", … ").append(lines.size() - max).append(" more");
        }
        return b.toString();
    }
}
