package dev.loopsim.properties.assertions;

import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.TraceFormat;
import java.util.List;
import java.util.TreeSet;

/**
 * The stretch of a trace a failure is about, as timeline lines: a few events around each marked one (the
 * whole span between two marked events when they are close), marked ones pointed at with {@code →}.
 */
final class TraceExcerpt {
    /** Events shown on each side of a marked one. */
    static final int CONTEXT = 3;
    /** Two marked events at most this far apart are shown with everything between them. */
    static final int SPAN = 16;

    private TraceExcerpt() {}

    static String around(List<TraceEvent> trace, TraceEvent... marked) {
        TreeSet<Integer> markedIndexes = new TreeSet<>();
        for (TraceEvent event : marked) {
            int index = trace.indexOf(event);
            if (index >= 0) {
                markedIndexes.add(index);
            }
        }
        TreeSet<Integer> shown = new TreeSet<>();
        Integer previous = null;
        for (int index : markedIndexes) {
            for (int i = Math.max(0, index - CONTEXT); i <= Math.min(trace.size() - 1, index + CONTEXT); i++) {
                shown.add(i);
            }
            if (previous != null && index - previous <= SPAN) {
                for (int i = previous; i <= index; i++) {
                    shown.add(i);
                }
            }
            previous = index;
        }
        StringBuilder b = new StringBuilder();
        int last = -1;
        for (int i : shown) {
            if (last >= 0 && i > last + 1) {
                b.append("\n      …");
            }
            b.append('\n')
                    .append(markedIndexes.contains(i) ? "  → " : "    ")
                    .append(TraceFormat.timelineLine(trace.get(i)));
            last = i;
        }
        return b.toString();
    }
}
