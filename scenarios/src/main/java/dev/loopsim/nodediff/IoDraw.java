package dev.loopsim.nodediff;

import dev.loopsim.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What loopsim drew for one I/O operation, read from its {@code io-start} trace event: the operation
 * ({@code fetch GET https://x/1}), its latency in virtual ms and its outcome ({@code ok}, an HTTP status,
 * {@code network-error} or an errno name). Node's prelude replays these in start order.
 */
public record IoDraw(String op, long latency, String outcome) {
    private static final Pattern DETAIL = Pattern.compile("(.*) latency=(\\d+) outcome=(\\S+)");

    /** The draws of every {@code io-start} event of a trace, in start order. */
    public static List<IoDraw> fromTrace(List<TraceEvent> trace) {
        List<IoDraw> draws = new ArrayList<>();
        for (TraceEvent e : trace) {
            if (e.kind() == TraceEvent.Kind.IO_START) {
                draws.add(parse(e.detail()));
            }
        }
        return draws;
    }

    /** {@code fetch GET https://x/1 latency=40 outcome=200} → its three parts. */
    static IoDraw parse(String detail) {
        Matcher m = DETAIL.matcher(detail == null ? "" : detail);
        if (!m.matches()) {
            throw new IllegalArgumentException("an io-start event without latency= and outcome=: " + detail);
        }
        return new IoDraw(m.group(1), Long.parseLong(m.group(2)), m.group(3));
    }
}
