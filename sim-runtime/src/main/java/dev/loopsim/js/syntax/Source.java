package dev.loopsim.js.syntax;

import java.util.Arrays;

/**
 * The text of one script or module together with its file name, and the line table that turns an offset
 * into a 1-based line and column.
 */
public final class Source {
    private final String name;
    private final String text;
    private final int[] lineStarts;

    public Source(String name, String text) {
        this.name = name;
        this.text = text;
        this.lineStarts = computeLineStarts(text);
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** True for sources parsed with module goal by default ({@code .mjs}). */
    public boolean isModuleByName() {
        return name.endsWith(".mjs");
    }

    /** 1-based line of the character at {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** 1-based column (in UTF-16 units, as V8 counts) of the character at {@code offset}. */
    public int columnOf(int offset) {
        return offset - lineStart(lineOf(offset)) + 1;
    }

    /** Offset of the first character of the 1-based {@code line}. */
    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** The text of the 1-based {@code line}, without its terminator. */
    public String lineText(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && Lexer.isLineTerminator(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static int[] computeLineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean terminator = c == '\n' || c == '\u2028' || c == '\u2029' || c == '\r';
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue; // CRLF ends the line at the LF
            }
            if (terminator) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    @Override
    public String toString() {
        return name;
    }
}
