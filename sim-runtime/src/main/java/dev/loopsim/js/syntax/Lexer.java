package dev.loopsim.js.syntax;

import dev.loopsim.js.syntax.Token.Type;
import java.math.BigInteger;

/**
 * Turns source text into tokens one at a time, on the parser's demand. The parser decides what a
 * {@code /} or a template's {@code }} means and asks for a {@link #rescanRegex re-scan}; the lexer never
 * guesses. Problems come back as {@link Type#ERROR} tokens carrying V8's message.
 */
final class Lexer {
    private static final String[] PUNCTUATORS_BY_LENGTH_DESC = {
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=", "=>", "==", "!=", "<=", ">=",
        "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "%=", "&=", "|=", "^=", "/=", "**", "<<", ">>", "{", "}",
        "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "%", "&", "|", "^", "!", "~", "?", ":", "=", ".", "/",
        "@"
    };

    /** The punctuators starting with each ASCII character, longest first: the longest match wins. */
    private static final String[][] PUNCTUATORS_BY_FIRST_CHAR = new String[128][];

    static {
        for (String p : PUNCTUATORS_BY_LENGTH_DESC) {
            char first = p.charAt(0);
            String[] old = PUNCTUATORS_BY_FIRST_CHAR[first];
            String[] grown = old == null ? new String[1] : java.util.Arrays.copyOf(old, old.length + 1);
            grown[grown.length - 1] = p;
            PUNCTUATORS_BY_FIRST_CHAR[first] = grown;
        }
    }

    private final String src;
    private final int length;
    private final boolean module;
    private int pos;
    /** Whether a token has been read: {@code -->} opens a comment only at the start of a line or input. */
    private boolean sawToken;

    Lexer(String src, boolean module) {
        this.src = src;
        this.length = src.length();
        this.module = module;
        // A hashbang line at the very start is a comment (ES2023).
        if (src.startsWith("#!")) {
            pos = 2;
            while (pos < length && !isLineTerminator(src.charAt(pos))) {
                pos++;
            }
        }
    }

    int position() {
        return pos;
    }

    void reset(int position) {
        this.pos = position;
    }

    static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    static boolean isIdentifierStart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '$' || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) || Character.getType(cp) == Character.LETTER_NUMBER;
    }

    static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z')
                    || (cp >= 'A' && cp <= 'Z')
                    || (cp >= '0' && cp <= '9')
                    || cp == '$'
                    || cp == '_';
        }
        if (cp == 0x200C || cp == 0x200D) {
            return true;
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
    }

    private static boolean isWhitespace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\u000B'
                || c == '\f'
                || c == '\u00A0'
                || c == '\uFEFF'
                || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    // ---- the main scan ---------------------------------------------------------------------------------

    /** The next token from the current position, lexing {@code /} as division and {@code }} as a punctuator. */
    Token next() {
        boolean newline = false;
        while (pos < length) {
            char c = src.charAt(pos);
            if (isLineTerminator(c)) {
                newline = true;
                pos++;
            } else if (isWhitespace(c)) {
                pos++;
            } else if (c == '/' && pos + 1 < length && src.charAt(pos + 1) == '/') {
                skipLineComment(pos + 2);
            } else if (c == '<' && src.startsWith("<!--", pos)) {
                // Annex B HTML-like comments: scripts only.
                if (module) {
                    Token t = error("HTML comments are not allowed in modules", pos, pos + 4, newline);
                    t.errorAt = pos + 3;
                    pos = length;
                    return t;
                }
                skipLineComment(pos + 4);
            } else if (c == '-' && !module && (newline || !sawToken) && src.startsWith("-->", pos)) {
                skipLineComment(pos + 3);
            } else if (c == '/' && pos + 1 < length && src.charAt(pos + 1) == '*') {
                int close = src.indexOf("*/", pos + 2);
                if (close < 0) {
                    Token t = error("Invalid or unexpected token", pos, length, newline);
                    pos = length;
                    return t;
                }
                for (int i = pos + 2; i < close && !newline; i++) {
                    newline = isLineTerminator(src.charAt(i));
                }
                pos = close + 2;
            } else {
                break;
            }
        }
        int start = pos;
        if (pos >= length) {
            return new Token(Type.EOF, "", pos, pos, true);
        }
        sawToken = true;
        char c = src.charAt(pos);
        if (c == '"' || c == '\'') {
            return scanString(c, newline);
        }
        if (c == '`') {
            pos++;
            return scanTemplate(start, newline);
        }
        if (c >= '0' && c <= '9' || (c == '.' && pos + 1 < length && isDigit(src.charAt(pos + 1)))) {
            return scanNumber(newline);
        }
        if (c == '#') {
            pos++;
            if (pos < length && (isIdentifierStart(src.codePointAt(pos)) || src.charAt(pos) == '\\')) {
                Token name = scanName(pos, newline);
                if (name.type == Type.ERROR) {
                    return name;
                }
                return new Token(Type.PRIVATE_NAME, name.value, start, pos, newline);
            }
            return error("Invalid or unexpected token", start, pos, newline);
        }
        int cp = src.codePointAt(pos);
        if (isIdentifierStart(cp) || c == '\\') {
            return scanName(start, newline);
        }
        String[] candidates = c < 128 ? PUNCTUATORS_BY_FIRST_CHAR[c] : null;
        for (int i = 0; candidates != null && i < candidates.length; i++) {
            String p = candidates[i];
            if (src.startsWith(p, pos)) {
                // `a?.5:b` is a conditional, not an optional chain.
                if (p.equals("?.") && pos + 2 < length && isDigit(src.charAt(pos + 2))) {
                    continue;
                }
                pos += p.length();
                return new Token(Type.PUNCTUATOR, p, start, pos, newline);
            }
        }
        pos += Character.charCount(cp);
        return error("Invalid or unexpected token", start, pos, newline);
    }

    private void skipLineComment(int from) {
        pos = from;
        while (pos < length && !isLineTerminator(src.charAt(pos))) {
            pos++;
        }
    }

    private Token error(String message, int start, int end, boolean newline) {
        return new Token(Type.ERROR, message, start, end, newline);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    // ---- identifiers -----------------------------------------------------------------------------------

    private Token scanName(int start, boolean newline) {
        StringBuilder name = null;
        boolean escaped = false;
        boolean first = true;
        while (pos < length) {
            char c = src.charAt(pos);
            int cp;
            int at = pos;
            if (c == '\\') {
                if (pos + 1 >= length || src.charAt(pos + 1) != 'u') {
                    return error("Invalid or unexpected token", at, pos + 1, newline);
                }
                pos += 2;
                cp = readUnicodeEscapeBody();
                if (cp < 0) {
                    Token t = error("Invalid Unicode escape sequence", start, pos, newline);
                    t.errorAt = at;
                    return t;
                }
                if (!(first ? isIdentifierStart(cp) : isIdentifierPart(cp))) {
                    return error("Invalid or unexpected token", start, pos, newline);
                }
                if (name == null) {
                    name = new StringBuilder(src.substring(start, at));
                }
                name.appendCodePoint(cp);
                escaped = true;
            } else {
                cp = src.codePointAt(pos);
                if (!(first ? isIdentifierStart(cp) : isIdentifierPart(cp))) {
                    break;
                }
                pos += Character.charCount(cp);
                if (name != null) {
                    name.appendCodePoint(cp);
                }
            }
            first = false;
        }
        String value = name != null ? name.toString() : src.substring(start, pos);
        Token t = new Token(Type.NAME, value, start, pos, newline);
        t.escaped = escaped;
        return t;
    }

    /** After {@code \\u}: {@code XXXX} or {@code {X…}}; the code point, or -1 when malformed. */
    private int readUnicodeEscapeBody() {
        if (pos < length && src.charAt(pos) == '{') {
            int p = pos + 1;
            int value = 0;
            int digits = 0;
            while (p < length && hexValue(src.charAt(p)) >= 0) {
                value = value * 16 + hexValue(src.charAt(p));
                if (value > 0x10FFFF) {
                    pos = p;
                    return -2;
                }
                p++;
                digits++;
            }
            if (digits == 0 || p >= length || src.charAt(p) != '}') {
                pos = p;
                return -1;
            }
            pos = p + 1;
            return value;
        }
        if (pos + 4 > length) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int h = hexValue(src.charAt(pos + i));
            if (h < 0) {
                return -1;
            }
            value = value * 16 + h;
        }
        pos += 4;
        return value;
    }

    /** The value of a hex digit, or -1; ASCII only, as ECMA-262's HexDigit is (unlike Character.digit). */
    static int hexValue(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    // ---- numbers ---------------------------------------------------------------------------------------

    /**
     * A numeric literal. V8 reports a malformed one as "Invalid or unexpected token" at its first
     * character, except for misplaced separators in a plain decimal, which get their own message at the
     * separator.
     */
    private Token scanNumber(boolean newline) {
        int start = pos;
        char c = src.charAt(pos);
        double value;
        boolean legacyOctal = false;
        boolean leadingZeroDecimal = false;
        String problem;
        if (c == '0' && pos + 1 < length && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char kind = Character.toLowerCase(src.charAt(pos + 1));
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            pos += 2;
            int digitsStart = pos;
            if (pos >= length || Character.digit(src.charAt(pos), radix) < 0) {
                return invalidNumber(start, newline);
            }
            problem = skipDigits(radix);
            if (problem != null) {
                return numberError(problem, start, newline);
            }
            String digits = src.substring(digitsStart, pos).replace("_", "");
            if (pos < length && src.charAt(pos) == 'n') {
                return bigIntLiteral(new BigInteger(digits, radix), start, newline);
            }
            value = parseRadix(digits, radix);
        } else if (c == '0' && pos + 1 < length && isDigit(src.charAt(pos + 1))) {
            // Legacy octal (017) or a decimal with a leading zero (08, 09.5): sloppy code only.
            pos++;
            int digitsStart = pos;
            boolean octal = true;
            while (pos < length && isDigit(src.charAt(pos))) {
                octal &= src.charAt(pos) < '8';
                pos++;
            }
            if (pos < length && src.charAt(pos) == '_') {
                return invalidNumber(start, newline);
            }
            if (octal) {
                value = parseRadix(src.substring(digitsStart, pos), 8);
                legacyOctal = true;
            } else {
                problem = scanDecimalTail();
                if (problem != null) {
                    return numberError(problem, start, newline);
                }
                value = Double.parseDouble(src.substring(start, pos));
                leadingZeroDecimal = true;
            }
        } else {
            if (c == '0' && pos + 1 < length && src.charAt(pos + 1) == '_') {
                pos++;
                return numberError("Numeric separator can not be used after leading 0.", start, newline);
            }
            problem = skipDigits(10);
            if (problem == null && c != '.' && pos < length && src.charAt(pos) == 'n') {
                return bigIntLiteral(new BigInteger(src.substring(start, pos).replace("_", "")), start, newline);
            }
            if (problem == null) {
                problem = scanDecimalTail();
            }
            if (problem != null) {
                return numberError(problem, start, newline);
            }
            value = Double.parseDouble(src.substring(start, pos).replace("_", ""));
        }
        if (pos < length && (isIdentifierStart(src.codePointAt(pos)) || isDigit(src.charAt(pos)))) {
            return invalidNumber(start, newline);
        }
        Token t = new Token(Type.NUMBER, src.substring(start, pos), start, pos, newline);
        t.raw = t.value;
        t.number = value;
        if (legacyOctal) {
            t.strictError("Octal literals are not allowed in strict mode.", start);
        } else if (leadingZeroDecimal) {
            t.strictError("Decimals with leading zeros are not allowed in strict mode.", start);
        }
        return t;
    }

    /**
     * ECMA-262 §12.9.3 NumericLiteral :: DecimalBigIntegerLiteral | NonDecimalIntegerLiteral BigIntLiteralSuffix:
     * the {@code n} at {@code pos} ends the literal, which must not run on into a name or digit.
     */
    private Token bigIntLiteral(BigInteger value, int start, boolean newline) {
        pos++;
        if (pos < length && (isIdentifierStart(src.codePointAt(pos)) || isDigit(src.charAt(pos)))) {
            return invalidNumber(start, newline);
        }
        Token t = new Token(Type.NUMBER, src.substring(start, pos), start, pos, newline);
        t.raw = t.value;
        t.bigInt = value;
        return t;
    }

    private Token invalidNumber(int start, boolean newline) {
        return numberError(INVALID_NUMBER, start, newline);
    }

    private static final String INVALID_NUMBER = "Invalid or unexpected token";

    private Token numberError(String message, int start, boolean newline) {
        Token t = error(message, start, Math.max(pos, start + 1), newline);
        t.errorAt = message.equals(INVALID_NUMBER) ? start : Math.min(pos, length);
        return t;
    }

    /** The fraction and exponent after the integer digits; a problem message or null. */
    private String scanDecimalTail() {
        if (pos < length && src.charAt(pos) == '.') {
            pos++;
            if (pos < length && src.charAt(pos) == '_') {
                return INVALID_NUMBER;
            }
            String problem = skipDigits(10);
            if (problem != null) {
                return problem;
            }
        }
        if (pos < length && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int mark = pos;
            pos++;
            if (pos < length && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= length || !isDigit(src.charAt(pos))) {
                pos = mark;
                return INVALID_NUMBER;
            }
            String problem = skipDigits(10);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** Digits of {@code radix} with single {@code _} separators between digits; a problem or null. */
    private String skipDigits(int radix) {
        while (pos < length) {
            char c = src.charAt(pos);
            if (c == '_') {
                if (pos + 1 < length && src.charAt(pos + 1) == '_') {
                    pos++;
                    return "Only one underscore is allowed as numeric separator";
                }
                if (pos + 1 >= length || Character.digit(src.charAt(pos + 1), radix) < 0) {
                    pos++;
                    return "Numeric separators are not allowed at the end of numeric literals";
                }
                pos++;
                continue;
            }
            if (Character.digit(c, radix) < 0 || c > 'z') {
                break;
            }
            pos++;
        }
        return null;
    }

    private static double parseRadix(String digits, int radix) {
        double value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * radix + Character.digit(digits.charAt(i), radix);
        }
        if (value >= 0x1p53) {
            return new BigInteger(digits, radix).doubleValue();
        }
        return value;
    }

    // ---- strings ---------------------------------------------------------------------------------------

    private Token scanString(char quote, boolean newline) {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        String strictError = null;
        int strictErrorAt = -1;
        int chunk = pos;
        while (true) {
            if (pos >= length) {
                return error("Invalid or unexpected token", start, pos, newline);
            }
            char c = src.charAt(pos);
            if (c == quote) {
                out.append(src, chunk, pos);
                pos++;
                break;
            }
            if (c == '\n' || c == '\r') {
                return error("Invalid or unexpected token", start, pos, newline);
            }
            if (c == '\\') {
                out.append(src, chunk, pos);
                int escapeAt = pos;
                pos++;
                if (pos >= length) {
                    return error("Invalid or unexpected token", start, pos, newline);
                }
                char e = src.charAt(pos);
                if (strictError == null && (e == '8' || e == '9')) {
                    strictError = "\\8 and \\9 are not allowed in strict mode.";
                    strictErrorAt = escapeAt;
                } else if (strictError == null
                        && (e >= '1' && e <= '7' || (e == '0' && pos + 1 < length && isDigit(src.charAt(pos + 1))))) {
                    strictError = "Octal escape sequences are not allowed in strict mode.";
                    strictErrorAt = pos;
                }
                String problem = readEscape(out, false);
                if (problem != null) {
                    Token t = error(problem, start, pos, newline);
                    t.errorAt = escapeAt;
                    return t;
                }
                chunk = pos;
                continue;
            }
            pos++;
        }
        Token t = new Token(Type.STRING, out.toString(), start, pos, newline);
        t.raw = src.substring(start, pos);
        if (strictError != null) {
            t.strictError(strictError, strictErrorAt);
        }
        return t;
    }

    /**
     * Reads one escape after its backslash (at {@code pos}) and appends its value. Returns V8's message for a
     * malformed escape, or null. In templates, octal escapes are errors rather than legacy values.
     */
    private String readEscape(StringBuilder out, boolean template) {
        char e = src.charAt(pos);
        pos++;
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000B');
            case '\r' -> {
                if (pos < length && src.charAt(pos) == '\n') {
                    pos++;
                }
            }
            case '\n', '\u2028', '\u2029' -> {}
            case 'x' -> {
                int h1 = pos < length ? hexValue(src.charAt(pos)) : -1;
                int h2 = pos + 1 < length ? hexValue(src.charAt(pos + 1)) : -1;
                if (h1 < 0 || h2 < 0) {
                    return "Invalid hexadecimal escape sequence";
                }
                pos += 2;
                out.append((char) (h1 * 16 + h2));
            }
            case 'u' -> {
                int cp = readUnicodeEscapeBody();
                if (cp == -2) {
                    return "Undefined Unicode code-point";
                }
                if (cp < 0) {
                    return "Invalid Unicode escape sequence";
                }
                out.appendCodePoint(cp);
            }
            default -> {
                if (e >= '0' && e <= '7') {
                    boolean zeroAlone = e == '0' && (pos >= length || !isDigit(src.charAt(pos)));
                    if (template && !zeroAlone) {
                        return "Octal escape sequences are not allowed in template strings";
                    }
                    int value = e - '0';
                    int max = e <= '3' ? 2 : 1;
                    for (int i = 0; i < max && pos < length && src.charAt(pos) >= '0' && src.charAt(pos) <= '7'; i++) {
                        value = value * 8 + (src.charAt(pos) - '0');
                        pos++;
                    }
                    out.append((char) value);
                } else if (e == '8' || e == '9') {
                    if (template) {
                        return "\\8 and \\9 are not allowed in template strings.";
                    }
                    out.append(e);
                } else if (Character.isHighSurrogate(e) && pos < length) {
                    out.append(e).append(src.charAt(pos++));
                } else {
                    out.append(e);
                }
            }
        }
        return null;
    }

    // ---- templates -------------------------------------------------------------------------------------

    /** Re-scans the current {@code }} (at {@code braceStart}) as the continuation of a template literal. */
    Token rescanTemplateContinuation(int braceStart, boolean newline) {
        pos = braceStart + 1;
        return scanTemplate(braceStart, newline);
    }

    /** Scans template characters from {@code pos} (just after {@code `} or {@code }}) to {@code ${} or {@code `}. */
    private Token scanTemplate(int start, boolean newline) {
        StringBuilder cooked = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        String invalid = null;
        int invalidAt = -1;
        int chunk = pos;
        while (true) {
            if (pos >= length) {
                return unexpectedEnd(start, newline);
            }
            char c = src.charAt(pos);
            if (c == '`' || (c == '$' && pos + 1 < length && src.charAt(pos + 1) == '{')) {
                appendNormalized(raw, chunk, pos);
                appendNormalized(cooked, chunk, pos);
                boolean tail = c == '`';
                pos += tail ? 1 : 2;
                Token t = new Token(Type.TEMPLATE, invalid == null ? cooked.toString() : null, start, pos, newline);
                t.raw = raw.toString();
                t.tail = tail;
                t.invalidEscape = invalid;
                t.invalidEscapeAt = invalidAt;
                return t;
            }
            if (c == '\\') {
                appendNormalized(raw, chunk, pos);
                appendNormalized(cooked, chunk, pos);
                int escapeAt = pos;
                pos++;
                if (pos >= length) {
                    return unexpectedEnd(start, newline);
                }
                String problem = readEscape(cooked, true);
                if (problem != null && invalid == null) {
                    invalid = problem;
                    invalidAt = escapeAt;
                }
                if (problem != null) {
                    // Tagged templates keep going: the raw text is all that counts there.
                    pos = Math.max(pos, escapeAt + 2);
                }
                appendNormalized(raw, escapeAt, pos);
                chunk = pos;
                continue;
            }
            pos++;
        }
    }

    private Token unexpectedEnd(int start, boolean newline) {
        Token t = error("Unexpected end of input", start, length, newline);
        t.errorAt = length;
        return t;
    }

    /** Appends {@code src[from, to)} with CRLF and CR turned into LF, as template values are. */
    private void appendNormalized(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < to && src.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
    }

    // ---- regular expressions ---------------------------------------------------------------------------

    /** Re-scans from {@code slashStart} (a {@code /} or {@code /=} the parser found in operand position) as a regex. */
    Token rescanRegex(int slashStart, boolean newline) {
        pos = slashStart + 1;
        boolean inClass = false;
        while (true) {
            if (pos >= length || isLineTerminator(src.charAt(pos))) {
                return error("Invalid regular expression: missing /", slashStart, pos, newline);
            }
            char c = src.charAt(pos);
            if (c == '\\') {
                pos++;
                if (pos < length && isLineTerminator(src.charAt(pos))) {
                    return error("Invalid regular expression: missing /", slashStart, pos, newline);
                }
                pos++;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            pos++;
        }
        String body = src.substring(slashStart + 1, pos);
        pos++;
        int flagsStart = pos;
        while (pos < length && isIdentifierPart(src.codePointAt(pos))) {
            pos += Character.charCount(src.codePointAt(pos));
        }
        String flags = src.substring(flagsStart, pos);
        for (int i = 0; i < flags.length(); i++) {
            char f = flags.charAt(i);
            if ("dgimsuyv".indexOf(f) < 0 || flags.indexOf(f) != i || (f == 'u' && flags.indexOf('v') >= 0)) {
                return error("Invalid regular expression flags", slashStart, pos, newline);
            }
        }
        if (pos < length && src.charAt(pos) == '\\') {
            return error("Invalid regular expression flags", slashStart, pos, newline);
        }
        Token t = new Token(Type.REGEX, body, slashStart, pos, newline);
        t.flags = flags;
        t.raw = src.substring(slashStart, pos);
        return t;
    }
}
