package dev.loopsim.js.builtins;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates an ECMAScript pattern (ECMA-262 §22.2.1) into a {@link java.util.regex.Pattern} with the
 * same meaning, and reports malformed patterns with V8's wording ("Unterminated group", …).
 *
 * <p>The two dialects differ, and the translation bridges each difference explicitly:
 *
 * <ul>
 *   <li>Every literal character is emitted as {@code \x{…}}, so Java's extra metacharacters ({@code &&}
 *       and nested {@code [} in classes, a lone {@code {}) never change meaning.
 *   <li>{@code \d} and {@code \w} are ASCII ({@code [0-9]}, {@code [a-zA-Z0-9_]}); {@code \s} is ECMAScript's
 *       WhiteSpace and LineTerminator set, which includes U+FEFF and every Unicode space separator;
 *       {@code \b} and {@code \B} are built from lookarounds on the ASCII {@code \w} set.
 *   <li>{@code .} excludes only the JS line terminators \n \r U+2028 U+2029 (Java's excludes more), and
 *       matches everything with the s flag; {@code [^]} matches any character and {@code []} none.
 *   <li>{@code ^} and {@code $} are the JS assertions: input start and end (Java's {@code $} also matches
 *       before a final newline), or, with the m flag, next to a JS line terminator. Matchers run with
 *       transparent, non-anchoring bounds so that lastIndex never looks like the input's start.
 *   <li>Capture groups become Java named groups {@code g1, g2, …}, each ending in an empty marker group
 *       {@code m1, m2, …}. A backreference to a group that has not participated matches the empty string
 *       in JS but fails in Java, so {@code \1} becomes {@code (?:\k<g1>|(?!\k<m1>))}; a reference to a group
 *       not yet closed at that point (a forward reference, or one inside its own group) matches empty.
 *   <li>Named groups {@code (?<name>…)} keep their JS names in a side table; {@code \k<name>} becomes the
 *       numbered reference above.
 *   <li>Without the u flag: legacy octal escapes ({@code \07}), {@code \8}, identity escapes, a literal
 *       <code>{</code> or <code>]</code>, and {@code \k} when there are no named groups follow Annex B.
 *   <li>With the u flag: <code>&#92;u{…}</code>, surrogate-pair escapes joined into one code point, and property
 *       escapes {@code \p{…}} mapped to Java's names (general categories, scripts, binary properties).
 *   <li>The i flag uses Java's CASE_INSENSITIVE with UNICODE_CASE, which is simple case folding.
 * </ul>
 *
 * <p>Without the u flag JS matches UTF-16 code units, while Java always joins a surrogate pair into one
 * code point. So in that mode each surrogate, in the pattern and in the input ({@link CodeUnits}), is
 * replaced by a private-use stand-in (U+D800…U+DFFF to U+E000…U+E7FF) that Java cannot pair; a pattern that
 * names those private-use characters explicitly may then also match surrogates.
 *
 * <p>Known differences that remain: captures inside a quantified group are not reset on each iteration as JS resets them,
 * and Java may keep a capture from an alternative it backtracked out of; an unbounded quantifier inside a
 * lookbehind repeats at most 1000 times (Java needs a bounded lookbehind), and a backreference inside a
 * lookbehind is reported as a SyntaxError because Java cannot bound it; with the v flag, class set
 * operations become Java's nested classes and {@code &&}, but string alternatives {@code \q{…}} are
 * rejected; ſ (U+017F) and K (U+212A) do not match
 * {@code \w} under {@code /iu}.
 */
final class RegExpTranslator {
    /** A pattern JS rejects; {@code detail} is V8's wording, without the "/pattern/: " prefix. */
    static final class RegExpSyntaxError extends Exception {
        RegExpSyntaxError(String detail) {
            super(detail, null, false, false);
        }
    }

    /** A translated pattern: the compiled Java pattern, the capture count and group names by index. */
    record Translation(Pattern pattern, int groupCount, List<String> groupNames, Set<Integer> alwaysUndefined) {}

    private static final String LINE_TERMINATORS = "\\n\\r\\x{2028}\\x{2029}";
    private static final String SPACES = "\\t\\n\\x{B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}"
            + "\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}";
    private static final String WORD = "a-zA-Z0-9_";
    /** Java needs a bounded lookbehind: unbounded quantifiers inside one repeat at most this often. */
    private static final int LOOKBEHIND_CAP = 1000;

    private final String src;
    private final boolean unicode;
    private final boolean unicodeSets;
    private final boolean dotAll;
    private final boolean multiline;
    private final StringBuilder out = new StringBuilder();
    private int pos;
    private int groupsOpened;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameToIndex = new HashMap<>();
    private final List<Integer> closedGroups = new ArrayList<>();
    private int totalGroups;
    private int lookbehindDepth;
    /** Groups inside a negative lookaround, by the number of the innermost such lookaround. */
    private final Map<Integer, Integer> negativeGroups = new HashMap<>();

    private final Deque<Integer> negativeLookarounds = new ArrayDeque<>();
    private int negativeLookaroundCount;
    private boolean hasNamedGroups;

    private RegExpTranslator(String src, String flags) {
        this.src = src;
        this.unicode = flags.indexOf('u') >= 0 || flags.indexOf('v') >= 0;
        this.unicodeSets = flags.indexOf('v') >= 0;
        this.dotAll = flags.indexOf('s') >= 0;
        this.multiline = flags.indexOf('m') >= 0;
    }

    static Translation translate(String source, String flags) throws RegExpSyntaxError {
        RegExpTranslator t = new RegExpTranslator(source, flags);
        t.countGroups();
        t.disjunction();
        if (t.pos < source.length()) {
            throw new RegExpSyntaxError(source.charAt(t.pos) == ')' ? "Unmatched ')'" : "Unexpected character");
        }
        int javaFlags = flags.indexOf('i') >= 0 ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        try {
            return new Translation(
                    Pattern.compile(t.out.toString(), javaFlags), t.totalGroups, t.names, t.negativeGroups.keySet());
        } catch (PatternSyntaxException e) {
            throw new RegExpSyntaxError(e.getDescription());
        }
    }

    /** The Java name of JS capture group {@code index}. */
    static String groupName(int index) {
        return "g" + index;
    }

    // ---- the pre-pass: group count and names, which decide what \N and \k mean ---------------------

    private void countGroups() throws RegExpSyntaxError {
        boolean inClass = false;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (i + 1 < src.length() && src.charAt(i + 1) == '?') {
                    if (i + 2 < src.length()
                            && src.charAt(i + 2) == '<'
                            && i + 3 < src.length()
                            && src.charAt(i + 3) != '='
                            && src.charAt(i + 3) != '!') {
                        totalGroups++;
                        hasNamedGroups = true;
                    }
                } else {
                    totalGroups++;
                }
            }
        }
    }

    // ---- §22.2.1 Pattern grammar -------------------------------------------------------------------

    private boolean more() {
        return pos < src.length();
    }

    private char peek() {
        return src.charAt(pos);
    }

    private boolean lookingAt(String s) {
        return src.startsWith(s, pos);
    }

    private void disjunction() throws RegExpSyntaxError {
        alternative();
        while (more() && peek() == '|') {
            pos++;
            out.append('|');
            alternative();
        }
    }

    private void alternative() throws RegExpSyntaxError {
        while (more() && peek() != '|' && peek() != ')') {
            term();
        }
    }

    private void term() throws RegExpSyntaxError {
        char c = peek();
        int atomStart = out.length();
        boolean quantifiable = true;
        switch (c) {
            case '^' -> {
                pos++;
                out.append(multiline ? "(?:^|(?<=[" + LINE_TERMINATORS + "]))" : "^");
                quantifiable = false;
            }
            case '$' -> {
                pos++;
                out.append(multiline ? "(?=[" + LINE_TERMINATORS + "]|\\z)" : "\\z");
                quantifiable = false;
            }
            case '.' -> {
                pos++;
                out.append(dotAll ? "(?s:.)" : "[^" + LINE_TERMINATORS + "]");
            }
            case '(' -> quantifiable = group();
            case '[' -> {
                if (unicodeSets) {
                    out.append(setClass());
                } else {
                    characterClass();
                }
            }
            case '\\' -> quantifiable = atomEscape();
            case '*', '+', '?' -> throw new RegExpSyntaxError("Nothing to repeat");
            case '{' -> {
                if (unicode) {
                    throw new RegExpSyntaxError(quantifierAt(pos) ? "Nothing to repeat" : "Lone quantifier brackets");
                }
                if (quantifierAt(pos)) {
                    throw new RegExpSyntaxError("Nothing to repeat");
                }
                pos++;
                literal('{');
            }
            case '}', ']' -> {
                if (unicode) {
                    throw new RegExpSyntaxError("Lone quantifier brackets");
                }
                pos++;
                literal(c);
            }
            default -> {
                int cp = unicode ? src.codePointAt(pos) : c;
                pos += Character.charCount(cp);
                literal(cp);
            }
        }
        if (more()) {
            quantifier(quantifiable, atomStart);
        }
    }

    /** Whether a {@code {n}}, {@code {n,}} or {@code {n,m}} quantifier starts at {@code at}. */
    private boolean quantifierAt(int at) {
        int i = at + 1;
        int digits = 0;
        while (i < src.length() && Character.isDigit(src.charAt(i)) && src.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (digits == 0 || i >= src.length()) {
            return false;
        }
        if (src.charAt(i) == ',') {
            i++;
            while (i < src.length() && src.charAt(i) >= '0' && src.charAt(i) <= '9') {
                i++;
            }
        }
        return i < src.length() && src.charAt(i) == '}';
    }

    private void quantifier(boolean quantifiable, int atomStart) throws RegExpSyntaxError {
        char c = peek();
        String q;
        if (c == '*' || c == '+' || c == '?') {
            pos++;
            q = lookbehindDepth > 0 && c != '?'
                    ? "{" + (c == '*' ? 0 : 1) + "," + LOOKBEHIND_CAP + "}"
                    : String.valueOf(c);
        } else if (c == '{' && quantifierAt(pos)) {
            int close = src.indexOf('}', pos);
            String body = src.substring(pos + 1, close);
            pos = close + 1;
            int comma = body.indexOf(',');
            double min = bound(comma < 0 ? body : body.substring(0, comma));
            double max = comma < 0 ? min : comma == body.length() - 1 ? -1 : bound(body.substring(comma + 1));
            if (max >= 0 && max < min) {
                throw new RegExpSyntaxError("numbers out of order in {} quantifier");
            }
            // Java's counters are ints; JS allows up to 2^53, which no real input can exercise.
            long lo = (long) Math.min(min, Integer.MAX_VALUE - 1);
            long hi = max < 0
                    ? (lookbehindDepth > 0 ? Math.max(lo, LOOKBEHIND_CAP) : -1)
                    : (long) Math.min(max, Integer.MAX_VALUE - 1);
            q = "{" + lo + (comma < 0 ? "" : "," + (hi < 0 ? "" : hi)) + "}";
        } else {
            return;
        }
        if (!quantifiable) {
            throw new RegExpSyntaxError(
                    out.length() > atomStart && out.charAt(atomStart) == '('
                            ? "Invalid quantifier"
                            : "Nothing to repeat");
        }
        if (more() && peek() == '?') {
            pos++;
            q += "?";
        }
        if (more() && (peek() == '*' || peek() == '+' || peek() == '?' || (peek() == '{' && quantifierAt(pos)))) {
            throw new RegExpSyntaxError("Nothing to repeat");
        }
        // Wrap the atom so the quantifier applies to all of it, never just its last emitted piece.
        out.insert(atomStart, "(?:").append(')').append(q);
    }

    private static double bound(String digits) {
        return Double.parseDouble(digits);
    }

    /** Emits a group; returns whether a quantifier may follow it. */
    private boolean group() throws RegExpSyntaxError {
        pos++;
        boolean quantifiable = true;
        boolean lookbehind = false;
        boolean negative = false;
        int index = 0;
        if (lookingAt("?:")) {
            pos += 2;
            out.append("(?:");
        } else if (lookingAt("?=") || lookingAt("?!")) {
            negative = lookingAt("?!");
            out.append(src, pos - 1, pos + 2);
            pos += 2;
            quantifiable = !unicode;
        } else if (lookingAt("?<=") || lookingAt("?<!")) {
            out.append(src, pos - 1, pos + 3);
            pos += 3;
            quantifiable = false;
            lookbehind = true;
            lookbehindDepth++;
            negative = src.charAt(pos - 1) == '!';
        } else if (lookingAt("?<")) {
            pos += 2;
            String name = groupNameAt();
            if (nameToIndex.containsKey(name)) {
                throw new RegExpSyntaxError("Duplicate capture group name");
            }
            index = ++groupsOpened;
            nameToIndex.put(name, index);
            setName(index, name);
            out.append("(?<").append(groupName(index)).append('>');
        } else if (lookingAt("?")) {
            throw new RegExpSyntaxError("Invalid group");
        } else {
            index = ++groupsOpened;
            setName(index, null);
            out.append("(?<").append(groupName(index)).append('>');
        }
        if (negative) {
            negativeLookarounds.push(++negativeLookaroundCount);
        }
        if (index > 0 && !negativeLookarounds.isEmpty()) {
            negativeGroups.put(index, negativeLookarounds.peek());
        }
        disjunction();
        if (!more() || peek() != ')') {
            throw new RegExpSyntaxError("Unterminated group");
        }
        if (negative) {
            negativeLookarounds.pop();
        }
        pos++;
        if (lookbehind) {
            lookbehindDepth--;
        }
        if (index > 0) {
            out.append("(?<m").append(index).append(">)");
            closedGroups.add(index);
        }
        out.append(')');
        return quantifiable;
    }

    private void setName(int index, String name) {
        while (names.size() < index) {
            names.add(null);
        }
        names.set(index - 1, name);
    }

    /** Reads {@code name>} of a group or {@code \k<name>}; ECMA-262 §22.2.1 RegExpIdentifierName. */
    private String groupNameAt() throws RegExpSyntaxError {
        int close = src.indexOf('>', pos);
        if (close < 0) {
            throw new RegExpSyntaxError("Invalid capture group name");
        }
        String name = src.substring(pos, close);
        if (name.isEmpty()) {
            throw new RegExpSyntaxError("Invalid capture group name");
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean ok = i == 0
                    ? Character.isUnicodeIdentifierStart(cp) || cp == '$' || cp == '_'
                    : Character.isUnicodeIdentifierPart(cp) || cp == '$' || cp == 0x200C || cp == 0x200D;
            if (!ok || (cp < 128 && Character.isISOControl(cp))) {
                throw new RegExpSyntaxError("Invalid capture group name");
            }
            i += Character.charCount(cp);
        }
        pos = close + 1;
        return name;
    }

    // ---- escapes -----------------------------------------------------------------------------------

    /** Emits an AtomEscape; returns whether a quantifier may follow (\b and \B may not). */
    private boolean atomEscape() throws RegExpSyntaxError {
        pos++;
        if (!more()) {
            throw new RegExpSyntaxError("\\ at end of pattern");
        }
        char c = peek();
        if (c == 'b' || c == 'B') {
            pos++;
            String w = "[" + WORD + "]";
            out.append(
                    c == 'b'
                            ? "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))"
                            : "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))");
            return false;
        }
        if (c >= '1' && c <= '9') {
            int start = pos;
            while (more() && peek() >= '0' && peek() <= '9') {
                pos++;
            }
            double n = Double.parseDouble(src.substring(start, pos));
            if (n <= totalGroups) {
                backreference((int) n);
                return true;
            }
            if (unicode) {
                throw new RegExpSyntaxError("Invalid escape");
            }
            pos = start;
            if (c >= '8') {
                pos++;
                literal(c);
            } else {
                literal(legacyOctal());
            }
            return true;
        }
        if (c == 'k' && (unicode || hasNamedGroups)) {
            pos++;
            if (!more() || peek() != '<') {
                throw new RegExpSyntaxError("Invalid named reference");
            }
            pos++;
            String name;
            try {
                name = groupNameAt();
            } catch (RegExpSyntaxError e) {
                throw new RegExpSyntaxError("Invalid named reference");
            }
            Integer index = namedGroupIndex(name);
            if (index == null) {
                throw new RegExpSyntaxError("Invalid named capture referenced");
            }
            backreference(index);
            return true;
        }
        String set = classEscape();
        if (set != null) {
            out.append('[').append(set).append(']');
            return true;
        }
        literal(characterEscape(false));
        return true;
    }

    /** The index of the group called {@code name}, looking ahead past this point if need be. */
    private Integer namedGroupIndex(String name) {
        Integer index = nameToIndex.get(name);
        if (index != null) {
            return index;
        }
        // A forward reference: find the group's index by scanning the rest of the pattern.
        int count = groupsOpened;
        boolean inClass = false;
        for (int i = pos; i < src.length(); i++) {
            char ch = src.charAt(i);
            if (ch == '\\') {
                i++;
            } else if (inClass) {
                inClass = ch != ']';
            } else if (ch == '[') {
                inClass = true;
            } else if (ch == '(') {
                if (src.startsWith("(?<", i) && !src.startsWith("(?<=", i) && !src.startsWith("(?<!", i)) {
                    count++;
                    if (src.startsWith("(?<" + name + ">", i)) {
                        return count;
                    }
                } else if (!src.startsWith("(?", i)) {
                    count++;
                }
            }
        }
        return null;
    }

    private void backreference(int index) {
        Integer lookaround = negativeGroups.get(index);
        // Outside its negative lookaround a group never holds a value in JS (Java keeps the failed one).
        boolean seesCapture = lookaround == null || negativeLookarounds.contains(lookaround);
        if (closedGroups.contains(index) && seesCapture) {
            out.append("(?:\\k<")
                    .append(groupName(index))
                    .append(">|(?!\\k<m")
                    .append(index)
                    .append(">))");
        } else {
            out.append("(?:)");
        }
    }

    private int legacyOctal() {
        int value = 0;
        int digits = 0;
        while (more() && peek() >= '0' && peek() <= '7' && digits < 3 && value * 8 + (peek() - '0') <= 0377) {
            value = value * 8 + (peek() - '0');
            pos++;
            digits++;
        }
        return value;
    }

    /**
     * A CharacterClassEscape ({@code \d \D \s \S \w \W \p{…} \P{…}}) at {@code pos} (after the
     * backslash) as the contents of a Java class, or null if the escape is not one.
     */
    private String classEscape() throws RegExpSyntaxError {
        char c = peek();
        String set =
                switch (c) {
                    case 'd' -> "0-9";
                    case 'D' -> "^0-9";
                    case 's' -> SPACES;
                    case 'S' -> "^" + SPACES;
                    case 'w' -> WORD;
                    case 'W' -> "^" + WORD;
                    default -> null;
                };
        if (set != null) {
            pos++;
            return set;
        }
        if ((c == 'p' || c == 'P') && unicode) {
            pos++;
            if (!more() || peek() != '{') {
                throw new RegExpSyntaxError("Invalid property name");
            }
            int close = src.indexOf('}', pos);
            if (close < 0) {
                throw new RegExpSyntaxError("Invalid property name");
            }
            String java = RegExpProperties.toJava(src.substring(pos + 1, close));
            if (java == null) {
                throw new RegExpSyntaxError("Invalid property name");
            }
            pos = close + 1;
            return (c == 'P' ? "^" : "") + java;
        }
        return null;
    }

    /** A CharacterEscape at {@code pos} (after the backslash): the code point it denotes. */
    private int characterEscape(boolean inClass) throws RegExpSyntaxError {
        char c = src.charAt(pos++);
        switch (c) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'v':
                return 0x0B;
            case 'f':
                return '\f';
            case 'r':
                return '\r';
            case 'c': {
                if (more() && Character.isLetter(peek()) && peek() < 128) {
                    return src.charAt(pos++) % 32;
                }
                if (unicode) {
                    throw new RegExpSyntaxError("Invalid Unicode escape");
                }
                if (inClass && more() && (Character.isDigit(peek()) || peek() == '_') && peek() < 128) {
                    return src.charAt(pos++) % 32;
                }
                pos--;
                return '\\';
            }
            case '0':
                if (!more() || peek() < '0' || peek() > '9') {
                    return 0;
                }
                if (unicode) {
                    throw new RegExpSyntaxError("Invalid decimal escape");
                }
                pos--;
                return legacyOctal();
            case 'x': {
                int v = hex(2);
                if (v >= 0) {
                    return v;
                }
                if (unicode) {
                    throw new RegExpSyntaxError("Invalid escape");
                }
                return 'x';
            }
            case 'u':
                return unicodeEscape();
            default:
                if (unicode) {
                    if ("^$\\.*+?()[]{}|/".indexOf(c) >= 0 || (inClass && c == '-')) {
                        return c;
                    }
                    if (unicodeSets && inClass && "&-!#%,:;<=>@`~".indexOf(c) >= 0) {
                        return c;
                    }
                    throw new RegExpSyntaxError("Invalid escape");
                }
                return c;
        }
    }

    private int unicodeEscape() throws RegExpSyntaxError {
        if (unicode && more() && peek() == '{') {
            int close = src.indexOf('}', pos);
            if (close < 0 || close == pos + 1) {
                throw new RegExpSyntaxError("Invalid Unicode escape");
            }
            long v = 0;
            for (int i = pos + 1; i < close; i++) {
                int d = Character.digit(src.charAt(i), 16);
                if (d < 0 || src.charAt(i) > 'f') {
                    throw new RegExpSyntaxError("Invalid Unicode escape");
                }
                v = v * 16 + d;
                if (v > 0x10FFFF) {
                    throw new RegExpSyntaxError("Invalid Unicode escape");
                }
            }
            pos = close + 1;
            return (int) v;
        }
        int v = hex(4);
        if (v < 0) {
            if (unicode) {
                throw new RegExpSyntaxError("Invalid Unicode escape");
            }
            return 'u';
        }
        if (unicode && Character.isHighSurrogate((char) v) && lookingAt("\\u")) {
            int save = pos;
            pos += 2;
            int low = hex(4);
            if (low >= 0 && Character.isLowSurrogate((char) low)) {
                return Character.toCodePoint((char) v, (char) low);
            }
            pos = save;
        }
        return v;
    }

    /** Reads exactly {@code n} hex digits at {@code pos}, or returns -1 and reads nothing. */
    private int hex(int n) {
        if (pos + n > src.length()) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < n; i++) {
            char ch = src.charAt(pos + i);
            int d = Character.digit(ch, 16);
            if (d < 0 || ch > 'f') {
                return -1;
            }
            v = v * 16 + d;
        }
        pos += n;
        return v;
    }

    // ---- character classes -------------------------------------------------------------------------

    private void characterClass() throws RegExpSyntaxError {
        pos++;
        boolean negated = more() && peek() == '^';
        if (negated) {
            pos++;
        }
        StringBuilder items = new StringBuilder();
        while (true) {
            if (!more()) {
                throw new RegExpSyntaxError("Unterminated character class");
            }
            if (peek() == ']') {
                pos++;
                break;
            }
            int[] single = new int[1];
            String set = classAtom(single);
            if (more() && peek() == '-' && pos + 1 < src.length() && src.charAt(pos + 1) != ']') {
                pos++;
                int[] high = new int[1];
                String highSet = classAtom(high);
                if (set != null || highSet != null) {
                    if (unicode) {
                        throw new RegExpSyntaxError("Invalid character class");
                    }
                    items.append(set != null ? nested(set) : unit(single[0]));
                    items.append(unit('-'));
                    items.append(highSet != null ? nested(highSet) : unit(high[0]));
                    continue;
                }
                if (high[0] < single[0]) {
                    throw new RegExpSyntaxError("Range out of order in character class");
                }
                items.append(unit(single[0])).append('-').append(unit(high[0]));
                continue;
            }
            items.append(set != null ? nested(set) : unit(single[0]));
        }
        if (items.isEmpty()) {
            out.append(negated ? "(?s:.)" : "(?!)");
        } else {
            out.append('[').append(negated ? "^" : "").append(items).append(']');
        }
    }

    private static String nested(String set) {
        return "[" + set + "]";
    }

    // ---- v-mode classes (ECMA-262 §22.2.1 ClassSetExpression) -----------------------------------------

    /** A v-mode class at {@code pos}: unions, {@code --} subtractions and {@code &&} intersections. */
    private String setClass() throws RegExpSyntaxError {
        pos++;
        boolean negated = more() && peek() == '^';
        if (negated) {
            pos++;
        }
        String body;
        if (more() && peek() == ']') {
            body = "[^\\x{0}-\\x{10FFFF}]";
        } else {
            String first = setOperand(true);
            StringBuilder b = new StringBuilder("[").append(first);
            if (lookingAt("--") || lookingAt("&&")) {
                String operator = src.substring(pos, pos + 2);
                while (lookingAt(operator)) {
                    pos += 2;
                    String operand = setOperand(false);
                    b.append("&&").append(operator.equals("--") ? "[^" + operand + "]" : operand);
                }
            } else {
                while (more() && peek() != ']') {
                    b.append(setOperand(true));
                }
            }
            body = b.append(']').toString();
        }
        if (!more() || peek() != ']') {
            throw new RegExpSyntaxError("Unterminated character class");
        }
        pos++;
        return negated ? "[^" + body + "]" : body;
    }

    /** One ClassSetOperand as a Java class: a nested class, a class escape, a character or a range. */
    private String setOperand(boolean allowRange) throws RegExpSyntaxError {
        if (!more()) {
            throw new RegExpSyntaxError("Unterminated character class");
        }
        if (peek() == '[') {
            return setClass();
        }
        if (peek() == '\\') {
            pos++;
            if (!more()) {
                throw new RegExpSyntaxError("\\ at end of pattern");
            }
            if (peek() == 'q') {
                throw new RegExpSyntaxError("Invalid escape");
            }
            String set = classEscape();
            if (set != null) {
                return "[" + set + "]";
            }
            pos--;
        }
        int low = setCharacter();
        if (allowRange && lookingAt("-") && !lookingAt("--")) {
            pos++;
            int high = setCharacter();
            if (high < low) {
                throw new RegExpSyntaxError("Range out of order in character class");
            }
            return "[" + hexChar(low) + "-" + hexChar(high) + "]";
        }
        return "[" + hexChar(low) + "]";
    }

    /** A single ClassSetCharacter at {@code pos}: a literal or an escape. */
    private int setCharacter() throws RegExpSyntaxError {
        if (!more()) {
            throw new RegExpSyntaxError("Unterminated character class");
        }
        if (peek() == '\\') {
            pos++;
            if (more() && peek() == 'b') {
                pos++;
                return '\b';
            }
            return characterEscape(true);
        }
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    /** One ClassAtom: returns a class set's Java contents, or null and stores a code point in {@code cp}. */
    private String classAtom(int[] cp) throws RegExpSyntaxError {
        if (!more()) {
            throw new RegExpSyntaxError("Unterminated character class");
        }
        char c = peek();
        if (c != '\\') {
            int code = unicode ? src.codePointAt(pos) : c;
            pos += Character.charCount(code);
            cp[0] = code;
            return null;
        }
        pos++;
        if (!more()) {
            throw new RegExpSyntaxError("\\ at end of pattern");
        }
        String set = classEscape();
        if (set != null) {
            return set;
        }
        char e = peek();
        if (e == 'b') {
            pos++;
            cp[0] = '\b';
            return null;
        }
        if (e == '-' && unicode) {
            pos++;
            cp[0] = '-';
            return null;
        }
        if (e >= '1' && e <= '9') {
            if (unicode) {
                throw new RegExpSyntaxError("Invalid class escape");
            }
            cp[0] = e >= '8' ? src.charAt(pos++) : legacyOctal();
            return null;
        }
        if (e == 'k' && !unicode) {
            pos++;
            cp[0] = 'k';
            return null;
        }
        cp[0] = characterEscape(true);
        return null;
    }

    // ---- emitting ----------------------------------------------------------------------------------

    private void literal(int cp) {
        out.append(unit(cp));
    }

    /** A code unit or code point as Java should see it: without u, surrogates move to their stand-ins. */
    private String unit(int cp) {
        return hexChar(unicode ? cp : CodeUnits.standIn(cp));
    }

    private static String hexChar(int cp) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
            return String.valueOf((char) cp);
        }
        return "\\x{" + Integer.toHexString(cp) + "}";
    }
}
