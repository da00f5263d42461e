package dev.loopsim.js.builtins;

/**
 * A string as a non-unicode RegExp sees it: UTF-16 code units, never joined into code points. Java's regex
 * engine pairs surrogates wherever it finds them, so this view shows each surrogate as a private-use
 * stand-in it cannot pair; lengths and indices stay those of the original string.
 */
final class CodeUnits implements CharSequence {
    private static final int SURROGATE_TO_STAND_IN = 0xE000 - 0xD800;

    private final String s;

    private CodeUnits(String s) {
        this.s = s;
    }

    /** The stand-in for a surrogate code unit; any other code point is itself. */
    static int standIn(int c) {
        return c >= 0xD800 && c <= 0xDFFF ? c + SURROGATE_TO_STAND_IN : c;
    }

    /** {@code s} itself when it holds no surrogate, else the code-unit view of it. */
    static CharSequence of(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return new CodeUnits(s);
            }
        }
        return s;
    }

    @Override
    public int length() {
        return s.length();
    }

    @Override
    public char charAt(int index) {
        return (char) standIn(s.charAt(index));
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CodeUnits(s.substring(start, end));
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            out.append(charAt(i));
        }
        return out.toString();
    }
}
