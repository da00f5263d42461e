package dev.loopsim.js.syntax;

/**
 * One lexical token. {@code value} is the identifier's name (escapes decoded), the punctuator's text, a
 * string's or template's cooked value, or a regex body; {@code raw} is the literal source text where it
 * matters (numbers, templates).
 */
final class Token {
    enum Type {
        EOF,
        NAME,
        PRIVATE_NAME,
        PUNCTUATOR,
        NUMBER,
        STRING,
        /** A template chunk: {@code `…`}, {@code `…${}, {@code }…${} or {@code }…`}. */
        TEMPLATE,
        REGEX,
        /** Text the lexer could not read; {@code value} is V8's message, thrown when the parser consumes it. */
        ERROR
    }

    final Type type;
    final String value;
    final int start;
    final int end;
    /** A line terminator (or a comment containing one) precedes this token: what ASI looks at. */
    final boolean newlineBefore;

    String raw;
    double number;
    /** For NUMBER: the value of a BigInt literal ({@code 10n}), null for a Number. */
    java.math.BigInteger bigInt;
    /** Identifier written with a unicode escape (cannot then be a keyword). */
    boolean escaped;
    /**
     * Why this literal is illegal in strict code ({@code 017}, {@code 08}, {@code "\1"}, {@code "\8"}), and
     * where V8 points; null when it is fine everywhere.
     */
    String strictError;

    int strictErrorAt;
    /** For TEMPLATE: the chunk closes the literal. */
    boolean tail;
    /** For TEMPLATE: cooked value is undefined (invalid escape), allowed only in tagged templates. */
    String invalidEscape;

    int invalidEscapeAt;
    /** For REGEX: the flags. */
    String flags;
    /** For ERROR: where the problem is, when not at the token start. */
    int errorAt;

    Token(Type type, String value, int start, int end, boolean newlineBefore) {
        this.type = type;
        this.value = value;
        this.start = start;
        this.end = end;
        this.newlineBefore = newlineBefore;
        this.errorAt = start;
    }

    void strictError(String message, int at) {
        this.strictError = message;
        this.strictErrorAt = at;
    }

    boolean is(Type t, String v) {
        return type == t && value.equals(v);
    }

    @Override
    public String toString() {
        return type + " " + value + " @" + start;
    }
}
