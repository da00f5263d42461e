package dev.loopsim.trace;

import dev.loopsim.js.builtins.JsonBuiltins;

/**
 * The two ways a trace is written: JSON Lines (one object per event, for tools) and a text timeline
 * (one aligned line per event, for people).
 */
public final class TraceFormat {
    private TraceFormat() {}

    /** {@code {"seq":1,"time":0,"phase":"main","kind":"timer-set","id":1,"detail":"1 ms"}} */
    public static String jsonLine(TraceEvent e) {
        StringBuilder b = new StringBuilder(96);
        b.append("{\"seq\":").append(e.seq());
        b.append(",\"time\":").append(e.time());
        b.append(",\"phase\":");
        JsonBuiltins.quoteJsonString(b, e.phase());
        b.append(",\"kind\":");
        JsonBuiltins.quoteJsonString(b, e.kind().wireName());
        if (e.id() != 0) {
            b.append(",\"id\":").append(e.id());
        }
        if (e.detail() != null && !e.detail().isEmpty()) {
            b.append(",\"detail\":");
            JsonBuiltins.quoteJsonString(b, e.detail());
        }
        return b.append('}').toString();
    }

    /** {@code      #12     5 ms  timers  timer-fired        #3 (5 ms)} */
    public static String timelineLine(TraceEvent e) {
        StringBuilder b = new StringBuilder(96);
        b.append(String.format(
                "%6d %10s ms  %-11s %-19s",
                e.seq(), e.time(), e.phase(), e.kind().wireName()));
        if (e.id() != 0) {
            b.append(" #").append(e.id());
        }
        if (e.detail() != null && !e.detail().isEmpty()) {
            b.append(' ').append(oneLine(e.detail()));
        }
        return b.toString().stripTrailing();
    }

    private static String oneLine(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
