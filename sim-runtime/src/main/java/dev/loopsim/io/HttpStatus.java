package dev.loopsim.io;

import java.util.HashMap;
import java.util.Map;

/** The reason phrases of HTTP statuses, as node's {@code http.STATUS_CODES} has them ({@code status-text.tsv}). */
public final class HttpStatus {

    private static final Map<Integer, String> TEXT = load();

    private HttpStatus() {}

    /** {@code OK} for 200, {@code Service Unavailable} for 503; empty for a status without a phrase. */
    public static String text(int status) {
        return TEXT.getOrDefault(status, "");
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> text = new HashMap<>();
        for (String[] row : RecordedTable.rows("status-text.tsv")) {
            text.put(Integer.parseInt(row[0]), row[1]);
        }
        return Map.copyOf(text);
    }
}
