package dev.loopsim.js.syntax;

/**
 * Where a node or token sits in its source: the file, the half-open offset range, and the 1-based line
 * and column of its first character.
 */
public record Span(Source source, int start, int end, int line, int column) {

    public static Span of(Source source, int start, int end) {
        return new Span(source, start, end, source.lineOf(start), source.columnOf(start));
    }

    /** A span for nodes made by code rather than read from text (generated programs). */
    public static final Span NONE = new Span(null, 0, 0, 0, 0);

    public String file() {
        return source == null ? "<generated>" : source.name();
    }

    @Override
    public String toString() {
        return file() + ":" + line + ":" + column;
    }
}
