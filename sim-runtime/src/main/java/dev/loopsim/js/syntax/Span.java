package dev.loopsim.js.syntax;

/**
 * Where a node or token sits in its source: the file and the half-open offset range. The 1-based line
 * and column are worked out when asked for, since most spans are never shown to anyone.
 */
public record Span(Source source, int start, int end) {

    public static Span of(Source source, int start, int end) {
        return new Span(source, start, end);
    }

    /** A span for nodes made by code rather than read from text (generated programs). */
    public static final Span NONE = new Span(null, 0, 0);

    public String file() {
        return source == null ? "<generated>" : source.name();
    }

    /** 1-based line of the first character; 0 for {@link #NONE}. */
    public int line() {
        return source == null ? 0 : source.lineOf(start);
    }

    /** 1-based column (UTF-16 units, as V8 counts) of the first character; 0 for {@link #NONE}. */
    public int column() {
        return source == null ? 0 : source.columnOf(start);
    }

    @Override
    public String toString() {
        return file() + ":" + line() + ":" + column();
    }
}
