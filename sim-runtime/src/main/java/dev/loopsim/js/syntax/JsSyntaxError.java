package dev.loopsim.js.syntax;

/**
 * A problem in a script's text, at a position: a {@code SyntaxError} worded as V8 words it, or a feature
 * loopsim does not support. {@link #render()} is what a person sees.
 */
public final class JsSyntaxError extends RuntimeException {
    private final Span span;
    private final boolean unsupported;

    private JsSyntaxError(Span span, String message, boolean unsupported) {
        super(message, null, false, false);
        this.span = span;
        this.unsupported = unsupported;
    }

    /** A {@code SyntaxError} with V8's wording, e.g. {@code Unexpected token '}'}. */
    public static JsSyntaxError syntax(Span span, String message) {
        return new JsSyntaxError(span, message, false);
    }

    /** A construct outside loopsim's language, e.g. {@code with}. */
    public static JsSyntaxError unsupported(Span span, String feature) {
        return new JsSyntaxError(span, "not supported by loopsim: " + feature, true);
    }

    public Span span() {
        return span;
    }

    public boolean isUnsupported() {
        return unsupported;
    }

    /** {@code SyntaxError: Unexpected token '}'} or {@code not supported by loopsim: with}. */
    public String headline() {
        return unsupported ? getMessage() : "SyntaxError: " + getMessage();
    }

    /**
     * Three lines: {@code file:line:column: headline}, the source line, and a caret under the column.
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(span.file()).append(':').append(span.line()).append(':').append(span.column());
        out.append(": ").append(headline());
        if (span.source() != null) {
            String line = span.source().lineText(span.line());
            int caret = span.column() - 1;
            // Long or minified lines are cut around the column so the caret stays readable.
            int from = 0;
            if (line.length() > 160) {
                from = Math.max(0, Math.min(caret - 60, line.length() - 160));
                line = line.substring(from, Math.min(line.length(), from + 160));
            }
            StringBuilder pad = new StringBuilder();
            for (int i = from; i < caret && i - from < line.length(); i++) {
                pad.append(line.charAt(i - from) == '\t' ? '\t' : ' ');
            }
            out.append('\n').append(printable(line)).append('\n').append(pad).append('^');
        }
        return out.toString();
    }

    private static String printable(String line) {
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            b.append(c < 0x20 && c != '\t' || c == 0x7f ? '\uFFFD' : c);
        }
        return b.toString();
    }
}
