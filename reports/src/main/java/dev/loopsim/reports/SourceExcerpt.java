package dev.loopsim.reports;

import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.syntax.Span;

/**
 * The lines of a script around a span, numbered, with the span's line marked and underlined: how reports
 * show where an event, an await or a failure came from.
 *
 * <pre>
 *   3 | const user = fetch('/api/user');
 * > 4 | await Promise.all([user, orders]);
 *     |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^
 *   5 | console.log('done');
 * </pre>
 */
public final class SourceExcerpt {
    private SourceExcerpt() {}

    /** The excerpt with {@code context} lines before and after the span's first line. */
    public static String render(Span span, int context) {
        Source source = span.source();
        if (source == null) {
            return "  (generated code, no source)";
        }
        int line = span.line();
        int lastLine = source.lineOf(source.text().length());
        int first = Math.max(1, line - context);
        int last = Math.min(lastLine, line + context);
        int width = Integer.toString(last).length();
        StringBuilder out = new StringBuilder();
        for (int n = first; n <= last; n++) {
            String text = source.lineText(n);
            out.append(n == line ? "> " : "  ")
                    .append(pad(Integer.toString(n), width))
                    .append(" | ")
                    .append(text)
                    .append('\n');
            if (n == line) {
                int from = span.column() - 1;
                int to = Math.min(text.length(), from + Math.max(1, span.end() - span.start()));
                out.append("  ").append(" ".repeat(width)).append(" | ");
                for (int i = 0; i < from; i++) {
                    out.append(text.charAt(i) == '\t' ? '\t' : ' ');
                }
                out.append("^".repeat(Math.max(1, to - from))).append('\n');
            }
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return " ".repeat(width - s.length()) + s;
    }
}
