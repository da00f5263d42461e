package dev.loopsim.js.syntax;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Early errors of regular expression literals (ECMA-262 §22.2.1 with the Annex B §B.1.2 extensions V8 keeps
 * outside unicode mode), reported with the detail messages of Node v20's V8 (11.3).
 *
 * <p>The checker follows V8's {@code regexp-parser.cc} step for step, so that when a pattern has several
 * problems the one reported is the one V8 reaches first. Groups and nested {@code v}-mode classes are kept on
 * explicit stacks: any pattern is checked in linear time without deep Java recursion.
 */
public final class RegExpSyntax {
    private RegExpSyntax() {}

    // V8's RegExpError messages (src/regexp/regexp-error.h).
    static final String UNTERMINATED_GROUP = "Unterminated group";
    static final String UNMATCHED_PAREN = "Unmatched ')'";
    static final String ESCAPE_AT_END_OF_PATTERN = "\\ at end of pattern";
    static final String INVALID_PROPERTY_NAME = "Invalid property name";
    static final String INVALID_ESCAPE = "Invalid escape";
    static final String INVALID_DECIMAL_ESCAPE = "Invalid decimal escape";
    static final String INVALID_UNICODE_ESCAPE = "Invalid Unicode escape";
    static final String NOTHING_TO_REPEAT = "Nothing to repeat";
    static final String LONE_QUANTIFIER_BRACKETS = "Lone quantifier brackets";
    static final String RANGE_OUT_OF_ORDER = "numbers out of order in {} quantifier";
    static final String INCOMPLETE_QUANTIFIER = "Incomplete quantifier";
    static final String INVALID_QUANTIFIER = "Invalid quantifier";
    static final String INVALID_GROUP = "Invalid group";
    static final String TOO_MANY_CAPTURES = "Too many captures";
    static final String INVALID_CAPTURE_GROUP_NAME = "Invalid capture group name";
    static final String DUPLICATE_CAPTURE_GROUP_NAME = "Duplicate capture group name";
    static final String INVALID_NAMED_REFERENCE = "Invalid named reference";
    static final String INVALID_NAMED_CAPTURE_REFERENCE = "Invalid named capture referenced";
    static final String INVALID_CLASS_ESCAPE = "Invalid class escape";
    static final String INVALID_CLASS_PROPERTY_NAME = "Invalid property name in character class";
    static final String INVALID_CHARACTER_CLASS = "Invalid character class";
    static final String UNTERMINATED_CHARACTER_CLASS = "Unterminated character class";
    static final String OUT_OF_ORDER_CHARACTER_CLASS = "Range out of order in character class";
    static final String INVALID_CLASS_SET_OPERATION = "Invalid set operation in character class";
    static final String INVALID_CHARACTER_IN_CLASS = "Invalid character in character class";
    static final String NEGATED_CHARACTER_CLASS_WITH_STRINGS = "Negated character class may contain strings";
    static final String STACK_OVERFLOW = "Maximum call stack size exceeded";

    /** V8 refuses to open capture group number 32768 (measured with Node v20). */
    static final int MAX_CAPTURES = 32767;

    /**
     * V8 parses nested {@code v}-mode classes recursively and runs out of stack: a literal compiled by
     * {@code vm.Script} at top level in Node v20 accepts 6215 levels and fails at 6216. The real limit depends on
     * how much stack is in use, so this is an approximation.
     */
    static final int MAX_CLASS_NESTING = 6215;

    /**
     * Returns null when {@code pattern} is a valid body for a literal with {@code flags} (already validated:
     * a subset of {@code dgimsuyv} without repeats, not both {@code u} and {@code v}), otherwise V8's detail
     * message, e.g. {@code "Unterminated group"}.
     */
    public static String check(String pattern, String flags) {
        try {
            new Checker(pattern, flags.indexOf('u') >= 0, flags.indexOf('v') >= 0).parsePattern();
            return null;
        } catch (PatternError e) {
            return e.getMessage();
        }
    }

    /** V8's full message: {@code Invalid regular expression: /(/g: Unterminated group}, flags in dgimsuvy order. */
    public static String message(String pattern, String flags, String detail) {
        StringBuilder canonical = new StringBuilder();
        for (char flag : "dgimsuvy".toCharArray()) {
            if (flags.indexOf(flag) >= 0) {
                canonical.append(flag);
            }
        }
        return "Invalid regular expression: /" + pattern + "/" + canonical + ": " + detail;
    }

    private static final class PatternError extends RuntimeException {
        PatternError(String detail) {
            super(detail, null, false, false);
        }
    }

    private enum GroupType {
        CAPTURE,
        GROUPING,
        LOOKAHEAD,
        LOOKBEHIND
    }

    private record Group(GroupType type, String name) {}

    /** What kind of term a quantifier would apply to; V8's RegExpBuilder::AddQuantifierToAtom decides on it. */
    private enum Atom {
        OTHER,
        LOOKAHEAD,
        LOOKBEHIND
    }

    /** The kinds of operand in a {@code v}-mode class (V8's ClassSetOperandType). */
    private enum OperandType {
        CHARACTER,
        RANGE,
        CLASS_ESCAPE,
        STRING_DISJUNCTION,
        NESTED_CLASS
    }

    private record Operand(OperandType type, int character, boolean mayContainStrings) {}

    /** Where a {@code v}-mode class is in its ClassSetExpression: which operand it waits for or what comes next. */
    private enum ClassStep {
        START,
        FIRST_OPERAND,
        UNION,
        UNION_OPERAND,
        UNION_RANGE_END,
        SUBTRACTION,
        SUBTRACTION_OPERAND,
        INTERSECTION,
        INTERSECTION_OPERAND
    }

    private static final class ClassFrame {
        final boolean negated;
        ClassStep step = ClassStep.START;
        boolean mayContainStrings;
        OperandType lastType;
        int lastCharacter;
        int rangeStart;

        ClassFrame(boolean negated) {
            this.negated = negated;
        }
    }

    private static final int END = -1;

    /** One pass over one pattern; mirrors RegExpParserImpl. */
    private static final class Checker {
        private final boolean unicodeMode;
        private final boolean unicodeSets;
        /** Code points in unicode mode (surrogate pairs joined, as V8 reads them), UTF-16 units otherwise. */
        private final int[] in;

        private int pos;
        private int capturesStarted;
        private boolean hasNamedCaptures;
        private boolean scannedForCaptures;
        private int captureCount;
        private final Set<String> captureNames = new HashSet<>();
        private final List<String> namedReferences = new ArrayList<>();

        Checker(String source, boolean unicode, boolean unicodeSets) {
            this.unicodeSets = unicodeSets;
            this.unicodeMode = unicode || unicodeSets;
            this.in =
                    unicodeMode ? source.codePoints().toArray() : source.chars().toArray();
        }

        private int current() {
            return pos < in.length ? in[pos] : END;
        }

        private int next() {
            return pos + 1 < in.length ? in[pos + 1] : END;
        }

        private boolean hasMore() {
            return pos < in.length;
        }

        private boolean hasNext() {
            return pos + 1 < in.length;
        }

        private void advance() {
            if (pos < in.length) {
                pos++;
            }
        }

        private void advance(int n) {
            pos = Math.min(pos + n, in.length);
        }

        private static PatternError error(String detail) {
            return new PatternError(detail);
        }

        // ECMA-262 §22.2.1 Pattern :: Disjunction (V8 ParseDisjunction, with groups on an explicit stack)
        void parsePattern() {
            ArrayDeque<Group> groups = new ArrayDeque<>();
            while (true) {
                Atom atom = Atom.OTHER;
                int c = current();
                switch (c) {
                    case END -> {
                        if (!groups.isEmpty()) {
                            throw error(UNTERMINATED_GROUP);
                        }
                        for (String reference : namedReferences) {
                            if (!captureNames.contains(reference)) {
                                throw error(INVALID_NAMED_CAPTURE_REFERENCE);
                            }
                        }
                        return;
                    }
                    case ')' -> {
                        if (groups.isEmpty()) {
                            throw error(UNMATCHED_PAREN);
                        }
                        advance();
                        Group group = groups.pop();
                        if (group.name() != null && !captureNames.add(group.name())) {
                            throw error(DUPLICATE_CAPTURE_GROUP_NAME);
                        }
                        atom = switch (group.type()) {
                            case LOOKAHEAD -> Atom.LOOKAHEAD;
                            case LOOKBEHIND -> Atom.LOOKBEHIND;
                            default -> Atom.OTHER;
                        };
                    }
                    case '|', '^', '$' -> {
                        advance();
                        continue;
                    }
                    case '*', '+', '?' -> throw error(NOTHING_TO_REPEAT);
                    case '(' -> {
                        groups.push(parseOpenParenthesis());
                        continue;
                    }
                    case '[' -> {
                        if (unicodeSets) {
                            parseClassSetExpression();
                        } else {
                            parseCharacterClass();
                        }
                    }
                    case '\\' -> {
                        if (!parseAtomEscape()) {
                            continue; // \b and \B are assertions: nothing to quantify
                        }
                    }
                    case '{' -> {
                        if (parseIntervalQuantifier() != null) {
                            throw error(NOTHING_TO_REPEAT);
                        }
                        if (unicodeMode) {
                            throw error(LONE_QUANTIFIER_BRACKETS);
                        }
                        advance(); // Annex B ExtendedPatternCharacter
                    }
                    case '}', ']' -> {
                        if (unicodeMode) {
                            throw error(LONE_QUANTIFIER_BRACKETS);
                        }
                        advance();
                    }
                    default -> advance();
                }
                parseQuantifier(atom);
            }
        }

        // §22.2.1 Quantifier, after an atom; Annex B allows quantified lookaheads without u or v
        private void parseQuantifier(Atom atom) {
            switch (current()) {
                case '*', '+', '?' -> advance();
                case '{' -> {
                    int[] bounds = parseIntervalQuantifier();
                    if (bounds == null) {
                        if (unicodeMode) {
                            throw error(INCOMPLETE_QUANTIFIER);
                        }
                        return;
                    }
                    if (bounds[1] < bounds[0]) {
                        throw error(RANGE_OUT_OF_ORDER);
                    }
                }
                default -> {
                    return;
                }
            }
            if (current() == '?') {
                advance();
            }
            if (atom == Atom.LOOKBEHIND || (atom == Atom.LOOKAHEAD && unicodeMode)) {
                throw error(INVALID_QUANTIFIER);
            }
        }

        /** {@code {n}}, {@code {n,}} or {@code {n,m}} as {min, max} (saturating like V8), or null with no move. */
        private int[] parseIntervalQuantifier() {
            int start = pos;
            advance();
            if (!isDecimalDigit(current())) {
                pos = start;
                return null;
            }
            int min = parseSaturatingDecimal();
            int max;
            if (current() == '}') {
                max = min;
                advance();
            } else if (current() == ',') {
                advance();
                if (current() == '}') {
                    max = Integer.MAX_VALUE;
                    advance();
                } else {
                    max = parseSaturatingDecimal();
                    if (current() != '}') {
                        pos = start;
                        return null;
                    }
                    advance();
                }
            } else {
                pos = start;
                return null;
            }
            return new int[] {min, max};
        }

        private int parseSaturatingDecimal() {
            int value = 0;
            while (isDecimalDigit(current())) {
                int digit = current() - '0';
                if (value > (Integer.MAX_VALUE - digit) / 10) {
                    while (isDecimalDigit(current())) {
                        advance();
                    }
                    return Integer.MAX_VALUE;
                }
                value = 10 * value + digit;
                advance();
            }
            return value;
        }

        // §22.2.1 Atom :: ( GroupSpecifier Disjunction ), (?: …), Assertion :: (?= …) (?! …) (?<= …) (?<! …)
        private Group parseOpenParenthesis() {
            advance();
            GroupType type = GroupType.CAPTURE;
            boolean named = false;
            if (current() == '?') {
                switch (next()) {
                    case ':' -> {
                        advance(2);
                        type = GroupType.GROUPING;
                    }
                    case '=', '!' -> {
                        advance(2);
                        type = GroupType.LOOKAHEAD;
                    }
                    case '<' -> {
                        advance();
                        if (next() == '=' || next() == '!') {
                            advance(2);
                            type = GroupType.LOOKBEHIND;
                        } else {
                            named = true;
                            hasNamedCaptures = true;
                            advance();
                        }
                    }
                    default -> throw error(INVALID_GROUP); // includes modifiers (?i:…), not in V8 11.3
                }
            }
            if (type != GroupType.CAPTURE) {
                return new Group(type, null);
            }
            if (capturesStarted >= MAX_CAPTURES) {
                throw error(TOO_MANY_CAPTURES);
            }
            capturesStarted++;
            return new Group(type, named ? parseCaptureGroupName() : null);
        }

        // §22.2.1 GroupName :: < RegExpIdentifierName >, read with +UnicodeMode whatever the flags
        private String parseCaptureGroupName() {
            StringBuilder name = new StringBuilder();
            boolean atStart = true;
            while (true) {
                int c = currentCodePointForced();
                if (c == '\\' && next() == 'u') {
                    advanceForced();
                    advance();
                    c = parseUnicodeEscape(true);
                    if (c < 0) {
                        throw error(INVALID_UNICODE_ESCAPE);
                    }
                } else {
                    advanceForced();
                }
                if (atStart) {
                    if (!isIdentifierStart(c)) {
                        throw error(INVALID_CAPTURE_GROUP_NAME);
                    }
                    atStart = false;
                } else if (c == '>') {
                    return name.toString();
                } else if (!isIdentifierPart(c)) {
                    throw error(INVALID_CAPTURE_GROUP_NAME);
                }
                name.appendCodePoint(c);
            }
        }

        private int currentCodePointForced() {
            int c = current();
            if (!unicodeMode && Character.isHighSurrogate((char) c) && Character.isLowSurrogate((char) next())) {
                return Character.toCodePoint((char) c, (char) next());
            }
            return c;
        }

        private void advanceForced() {
            advance(currentCodePointForced() > 0xFFFF && !unicodeMode ? 2 : 1);
        }

        private static boolean isIdentifierStart(int c) {
            if (c == '$' || c == '_') {
                return true;
            }
            return c >= 0 && c != 0x2E2F && Character.isUnicodeIdentifierStart(c);
        }

        private static boolean isIdentifierPart(int c) {
            if (c == '$' || c == 0x200C || c == 0x200D) {
                return true;
            }
            return c >= 0 && c != 0x2E2F && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
        }

        /**
         * §22.2.1 AtomEscape at a backslash. Returns false for the assertions {@code \b} and {@code \B}, after which
         * a quantifier is "Nothing to repeat".
         */
        private boolean parseAtomEscape() {
            int c = next();
            switch (c) {
                case END -> throw error(ESCAPE_AT_END_OF_PATTERN);
                case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
                    if (parseBackReferenceIndex()) {
                        return true;
                    }
                    if (unicodeMode) {
                        throw error(INVALID_ESCAPE);
                    }
                    if (c == '8' || c == '9') {
                        advance(2); // Annex B IdentityEscape
                        return true;
                    }
                    advance();
                    parseOctalLiteral(); // Annex B LegacyOctalEscapeSequence
                    return true;
                }
                case '0' -> {
                    advance();
                    if (unicodeMode && isDecimalDigit(next())) {
                        throw error(INVALID_DECIMAL_ESCAPE);
                    }
                    parseOctalLiteral();
                    return true;
                }
                case 'b', 'B' -> {
                    advance(2);
                    return false;
                }
                case 'd', 'D', 's', 'S', 'w', 'W' -> {
                    advance(2);
                    return true;
                }
                case 'p', 'P' -> {
                    if (unicodeMode) {
                        advance(2);
                        parsePropertyEscape(c == 'P', false);
                        return true;
                    }
                    parseCharacterEscape(false);
                    return true;
                }
                case 'k' -> {
                    // \k is an identity escape only without u or v and when the pattern has no named groups
                    if (unicodeMode || hasNamedCaptures(false)) {
                        advance(2);
                        parseNamedBackReference();
                        return true;
                    }
                    parseCharacterEscape(false);
                    return true;
                }
                default -> {
                    parseCharacterEscape(false);
                    return true;
                }
            }
        }

        /** At {@code \} followed by 1-9: true and past the digits if they name an existing group. */
        private boolean parseBackReferenceIndex() {
            int start = pos;
            int value = next() - '0';
            advance(2);
            while (isDecimalDigit(current())) {
                value = 10 * value + (current() - '0');
                if (value > 1 << 16) {
                    pos = start;
                    return false;
                }
                advance();
            }
            if (value > capturesStarted) {
                if (!scannedForCaptures) {
                    scanForCaptures(false);
                }
                if (value > captureCount) {
                    pos = start;
                    return false;
                }
            }
            return true;
        }

        // Annex B LegacyOctalEscapeSequence: up to three octal digits below 0o400
        private int parseOctalLiteral() {
            int value = current() - '0';
            advance();
            if (isOctalDigit(current())) {
                value = value * 8 + current() - '0';
                advance();
                if (value < 32 && isOctalDigit(current())) {
                    value = value * 8 + current() - '0';
                    advance();
                }
            }
            return value;
        }

        // §22.2.1 AtomEscape :: k GroupName
        private void parseNamedBackReference() {
            if (current() != '<') {
                throw error(INVALID_NAMED_REFERENCE);
            }
            advance();
            namedReferences.add(parseCaptureGroupName());
        }

        private boolean hasNamedCaptures(boolean inClass) {
            if (hasNamedCaptures || scannedForCaptures) {
                return hasNamedCaptures;
            }
            scanForCaptures(inClass);
            return hasNamedCaptures;
        }

        /** V8's ScanForCaptures: counts the groups from here on with a rough scan, and notes named ones. */
        private void scanForCaptures(boolean inClass) {
            int saved = pos;
            int count = capturesStarted;
            if (inClass) {
                skipClass();
            }
            while (hasMore()) {
                int c = current();
                advance();
                switch (c) {
                    case '\\' -> advance();
                    case '[' -> skipClass();
                    case '(' -> {
                        if (current() == '?') {
                            advance();
                            if (current() != '<') {
                                break;
                            }
                            advance();
                            if (current() == '=' || current() == '!') {
                                break;
                            }
                            hasNamedCaptures = true;
                        }
                        count++;
                    }
                    default -> {}
                }
            }
            captureCount = count;
            scannedForCaptures = true;
            pos = saved;
        }

        private void skipClass() {
            int depth = 0;
            while (hasMore()) {
                int c = current();
                advance();
                if (c == '\\') {
                    advance();
                } else if (c == '[' && unicodeSets) {
                    depth++;
                } else if (c == ']') {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                }
            }
        }

        /**
         * §22.2.1 CharacterEscape at a backslash (V8 ParseCharacterEscape): the character, or for a non-unicode
         * {@code \c} without a control letter the backslash itself, leaving {@code c} to be read next.
         */
        private int parseCharacterEscape(boolean inClass) {
            advance();
            int c = current();
            switch (c) {
                case 'f' -> {
                    advance();
                    return '\f';
                }
                case 'n' -> {
                    advance();
                    return '\n';
                }
                case 'r' -> {
                    advance();
                    return '\r';
                }
                case 't' -> {
                    advance();
                    return '\t';
                }
                case 'v' -> {
                    advance();
                    return 0x0B;
                }
                case 'c' -> {
                    int letter = next();
                    if ((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z')) {
                        advance(2);
                        return letter & 0x1F;
                    }
                    if (unicodeMode) {
                        throw error(INVALID_UNICODE_ESCAPE);
                    }
                    if (inClass && (isDecimalDigit(letter) || letter == '_')) {
                        advance(2); // Annex B ClassControlLetter
                        return letter & 0x1F;
                    }
                    return '\\';
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    if (c == '0' && !isDecimalDigit(next())) {
                        advance();
                        return 0;
                    }
                    if (unicodeMode) {
                        throw error(INVALID_CLASS_ESCAPE);
                    }
                    return parseOctalLiteral();
                }
                case 'x' -> {
                    advance();
                    int value = parseHexEscape(2);
                    if (value >= 0) {
                        return value;
                    }
                    if (unicodeMode) {
                        throw error(INVALID_ESCAPE);
                    }
                    return 'x';
                }
                case 'u' -> {
                    advance();
                    int value = parseUnicodeEscape(unicodeMode);
                    if (value >= 0) {
                        return value;
                    }
                    if (unicodeMode) {
                        throw error(INVALID_UNICODE_ESCAPE);
                    }
                    return 'u';
                }
                default -> {}
            }
            if (!unicodeMode) {
                if (c == 'k' && inClass && hasNamedCaptures(true)) {
                    throw error(INVALID_ESCAPE);
                }
                advance();
                return c;
            }
            if (isSyntaxCharacterOrSlash(c)
                    || (inClass && c == '-')
                    || (inClass && unicodeSets && isClassSetReservedPunctuator(c))) {
                advance();
                return c;
            }
            throw error(INVALID_ESCAPE);
        }

        /** Exactly {@code length} hex digits, or -1 with no move. */
        private int parseHexEscape(int length) {
            int start = pos;
            int value = 0;
            for (int i = 0; i < length; i++) {
                int digit = Lexer.hexValue(current());
                if (digit < 0) {
                    pos = start;
                    return -1;
                }
                value = value * 16 + digit;
                advance();
            }
            return value;
        }

        /**
         * After backslash-u: four hex digits (joined with a following escaped trail surrogate when {@code unicode}),
         * or when {@code unicode} also {@code {X…}} up to 10FFFF. Returns -1 with no move otherwise.
         */
        private int parseUnicodeEscape(boolean unicode) {
            if (current() == '{' && unicode) {
                int start = pos;
                advance();
                int value = 0;
                boolean any = false;
                while (Lexer.hexValue(current()) >= 0) {
                    value = value * 16 + Lexer.hexValue(current());
                    any = true;
                    if (value > 0x10FFFF) {
                        pos = start;
                        return -1;
                    }
                    advance();
                }
                if (any && current() == '}') {
                    advance();
                    return value;
                }
                pos = start;
                return -1;
            }
            int value = parseHexEscape(4);
            if (value >= 0 && unicode && Character.isHighSurrogate((char) value) && current() == '\\') {
                int start = pos;
                if (next() == 'u') {
                    advance(2);
                    int trail = parseHexEscape(4);
                    if (trail >= 0 && Character.isLowSurrogate((char) trail)) {
                        return Character.toCodePoint((char) value, (char) trail);
                    }
                }
                pos = start;
            }
            return value;
        }

        // §22.2.1 CharacterClass without the v flag (V8 ParseCharacterClass, legacy branch)
        private void parseCharacterClass() {
            advance();
            if (current() == '^') {
                advance();
            }
            while (hasMore() && current() != ']') {
                int first = parseClassAtom();
                if (current() == '-') {
                    advance();
                    if (current() == END) {
                        break;
                    }
                    if (current() == ']') {
                        break;
                    }
                    int second = parseClassAtom();
                    if (first < 0 || second < 0) {
                        if (unicodeMode) {
                            throw error(INVALID_CHARACTER_CLASS);
                        }
                        continue; // Annex B: a class escape at either end makes the '-' literal
                    }
                    if (first > second) {
                        throw error(OUT_OF_ORDER_CHARACTER_CLASS);
                    }
                }
            }
            if (!hasMore()) {
                throw error(UNTERMINATED_CHARACTER_CLASS);
            }
            advance();
        }

        /** A ClassAtom: its character, or -1 for a class escape such as {@code \d} or {@code \p{L}}. */
        private int parseClassAtom() {
            int c = current();
            if (c != '\\') {
                advance();
                return c;
            }
            int escaped = next();
            switch (escaped) {
                case 'b' -> {
                    advance(2);
                    return '\b';
                }
                case '-' -> {
                    if (unicodeMode) {
                        advance(2);
                        return '-';
                    }
                }
                case END -> throw error(ESCAPE_AT_END_OF_PATTERN);
                default -> {}
            }
            if (tryParseCharacterClassEscape(escaped, true) != null) {
                return -1;
            }
            return parseCharacterEscape(true);
        }

        /** {@code \d \D \s \S \w \W}, and {@code \p{…} \P{…}} in unicode mode; null with no move otherwise. */
        private Operand tryParseCharacterClassEscape(int escaped, boolean inClass) {
            switch (escaped) {
                case 'd', 'D', 's', 'S', 'w', 'W' -> {
                    advance(2);
                    return new Operand(OperandType.CLASS_ESCAPE, 0, false);
                }
                case 'p', 'P' -> {
                    if (!unicodeMode) {
                        return null;
                    }
                    advance(2);
                    return parsePropertyEscape(escaped == 'P', inClass);
                }
                default -> {
                    return null;
                }
            }
        }

        // §22.2.1 CharacterClassEscape :: p{ UnicodePropertyValueExpression }, after the p or P
        private Operand parsePropertyEscape(boolean negated, boolean inClass) {
            String detail = inClass ? INVALID_CLASS_PROPERTY_NAME : INVALID_PROPERTY_NAME;
            if (current() != '{') {
                throw error(detail);
            }
            StringBuilder name = new StringBuilder();
            StringBuilder value = null;
            for (advance(); current() != '}' && current() != '='; advance()) {
                if (!isPropertyNameCharacter(current()) || !hasNext()) {
                    throw error(detail);
                }
                name.append((char) current());
            }
            if (current() == '=') {
                value = new StringBuilder();
                for (advance(); current() != '}'; advance()) {
                    if (!isPropertyNameCharacter(current()) || !hasNext()) {
                        throw error(detail);
                    }
                    value.append((char) current());
                }
            }
            advance();
            if (value != null) {
                if (UnicodeProperties.isValue(name.toString(), value.toString())) {
                    return new Operand(OperandType.CLASS_ESCAPE, 0, false);
                }
                throw error(detail);
            }
            String lone = name.toString();
            if (UnicodeProperties.isLoneName(lone)) {
                return new Operand(OperandType.CLASS_ESCAPE, 0, false);
            }
            if (unicodeSets && !negated && UnicodeProperties.isPropertyOfStrings(lone)) {
                return new Operand(OperandType.CLASS_ESCAPE, 0, true);
            }
            throw error(detail);
        }

        // §22.2.1 CharacterClass with the v flag: ClassSetExpression (V8 ParseCharacterClass and
        // ParseClassUnion / ParseClassSubtraction / ParseClassIntersection, nested classes on a stack)
        private void parseClassSetExpression() {
            ArrayDeque<ClassFrame> frames = new ArrayDeque<>();
            openClass(frames);
            Operand delivered = null;
            while (true) {
                ClassFrame frame = frames.peek();
                if (delivered != null) {
                    receiveOperand(frame, delivered);
                    delivered = null;
                    continue;
                }
                switch (frame.step) {
                    case START -> {
                        if (current() == ']') {
                            advance();
                            frames.pop();
                            if (frames.isEmpty()) {
                                return;
                            }
                            delivered = new Operand(OperandType.NESTED_CLASS, 0, false);
                            continue;
                        }
                        frame.step = ClassStep.FIRST_OPERAND;
                    }
                    case UNION -> {
                        if (atClassEnd()) {
                            delivered = closeClass(frames);
                            if (frames.isEmpty()) {
                                return;
                            }
                            continue;
                        }
                        if (current() == '-') {
                            if (next() == '-') {
                                throw error(INVALID_CLASS_SET_OPERATION);
                            }
                            if (frame.lastType != OperandType.CHARACTER) {
                                throw error(INVALID_CHARACTER_CLASS);
                            }
                            advance();
                            frame.rangeStart = frame.lastCharacter;
                            frame.step = ClassStep.UNION_RANGE_END;
                        } else if (current() == '&' && next() == '&') {
                            throw error(INVALID_CLASS_SET_OPERATION);
                        } else {
                            frame.step = ClassStep.UNION_OPERAND;
                        }
                    }
                    case SUBTRACTION, INTERSECTION -> {
                        if (atClassEnd()) {
                            delivered = closeClass(frames);
                            if (frames.isEmpty()) {
                                return;
                            }
                            continue;
                        }
                        int operator = frame.step == ClassStep.SUBTRACTION ? '-' : '&';
                        if (current() != operator || next() != operator) {
                            throw error(INVALID_CLASS_SET_OPERATION);
                        }
                        advance(2);
                        if (operator == '&' && current() == '&') {
                            throw error(INVALID_CHARACTER_IN_CLASS);
                        }
                        frame.step = frame.step == ClassStep.SUBTRACTION
                                ? ClassStep.SUBTRACTION_OPERAND
                                : ClassStep.INTERSECTION_OPERAND;
                    }
                    default -> throw new IllegalStateException("operand expected at " + frame.step);
                }
                // The frame now waits for an operand: a nested class opens a frame, anything else is read here.
                if (current() == END) {
                    throw error(UNTERMINATED_CHARACTER_CLASS);
                }
                if (current() == '[') {
                    openClass(frames);
                } else {
                    delivered = parseClassSetOperand();
                }
            }
        }

        private boolean atClassEnd() {
            if (!hasMore()) {
                throw error(UNTERMINATED_CHARACTER_CLASS);
            }
            return current() == ']';
        }

        private void openClass(ArrayDeque<ClassFrame> frames) {
            if (frames.size() >= MAX_CLASS_NESTING) {
                throw error(STACK_OVERFLOW);
            }
            advance();
            boolean negated = current() == '^';
            if (negated) {
                advance();
            }
            frames.push(new ClassFrame(negated));
        }

        private Operand closeClass(ArrayDeque<ClassFrame> frames) {
            advance();
            ClassFrame frame = frames.pop();
            if (frame.negated && frame.mayContainStrings) {
                throw error(NEGATED_CHARACTER_CLASS_WITH_STRINGS);
            }
            return new Operand(OperandType.NESTED_CLASS, 0, frame.mayContainStrings);
        }

        private void receiveOperand(ClassFrame frame, Operand operand) {
            switch (frame.step) {
                case FIRST_OPERAND -> {
                    frame.mayContainStrings = operand.mayContainStrings();
                    frame.lastType = operand.type();
                    frame.lastCharacter = operand.character();
                    if (current() == '-' && next() == '-') {
                        frame.step = ClassStep.SUBTRACTION;
                    } else if (current() == '&' && next() == '&') {
                        frame.step = ClassStep.INTERSECTION;
                    } else {
                        frame.step = ClassStep.UNION;
                    }
                }
                case UNION_OPERAND -> {
                    frame.mayContainStrings |= operand.mayContainStrings();
                    frame.lastType = operand.type();
                    frame.lastCharacter = operand.character();
                    frame.step = ClassStep.UNION;
                }
                case UNION_RANGE_END -> {
                    if (operand.type() != OperandType.CHARACTER) {
                        throw error(INVALID_CHARACTER_CLASS);
                    }
                    if (frame.rangeStart > operand.character()) {
                        throw error(OUT_OF_ORDER_CHARACTER_CLASS);
                    }
                    frame.lastType = OperandType.RANGE;
                    frame.step = ClassStep.UNION;
                }
                case SUBTRACTION_OPERAND -> frame.step = ClassStep.SUBTRACTION;
                case INTERSECTION_OPERAND -> {
                    frame.mayContainStrings &= operand.mayContainStrings();
                    frame.step = ClassStep.INTERSECTION;
                }
                default -> throw new IllegalStateException("no operand expected at " + frame.step);
            }
        }

        // §22.2.1 ClassSetOperand other than a NestedClass
        private Operand parseClassSetOperand() {
            if (current() == '\\') {
                int escaped = next();
                if (escaped == 'q') {
                    return parseClassStringDisjunction();
                }
                Operand classEscape = tryParseCharacterClassEscape(escaped, true);
                if (classEscape != null) {
                    return classEscape;
                }
            }
            return new Operand(OperandType.CHARACTER, parseClassSetCharacter(), false);
        }

        // §22.2.1 ClassStringDisjunction :: \q{ ClassStringDisjunctionContents }
        private Operand parseClassStringDisjunction() {
            advance(2);
            if (current() != '{') {
                throw error(INVALID_ESCAPE);
            }
            advance();
            boolean mayContainStrings = false;
            int length = 0;
            while (hasMore() && current() != '}') {
                if (current() == '|') {
                    mayContainStrings |= length != 1;
                    length = 0;
                    advance();
                } else {
                    parseClassSetCharacter();
                    length++;
                }
            }
            mayContainStrings |= length != 1;
            advance(); // a missing '}' leaves the class unterminated, reported by the caller
            return new Operand(OperandType.STRING_DISJUNCTION, 0, mayContainStrings);
        }

        // §22.2.1 ClassSetCharacter
        private int parseClassSetCharacter() {
            int c = current();
            if (c == '\\') {
                int escaped = next();
                if (escaped == 'b') {
                    advance(2);
                    return '\b';
                }
                if (escaped == END) {
                    throw error(ESCAPE_AT_END_OF_PATTERN);
                }
                return parseCharacterEscape(true);
            }
            if (isClassSetSyntaxCharacter(c)) {
                throw error(INVALID_CHARACTER_IN_CLASS);
            }
            if (isClassSetReservedDoublePunctuator(c) && next() == c) {
                throw error(INVALID_CLASS_SET_OPERATION);
            }
            advance();
            return c;
        }
    }

    /**
     * The property names and values V8 accepts in {@code \p{…}}: exact spellings only, no loose matching. Each
     * list was checked name by name against Node v20 (V8 11.3, ICU 78, Unicode 17).
     */
    private static final class UnicodeProperties {
        private UnicodeProperties() {}

        // ECMA-262 table 68 (General_Category values and their aliases)
        private static final Set<String> GENERAL_CATEGORY =
                words("C Other Cc Control cntrl Cf Format Cn Unassigned Co Private_Use Cs Surrogate L Letter "
                        + "LC Cased_Letter Ll Lowercase_Letter Lm Modifier_Letter Lo Other_Letter Lt "
                        + "Titlecase_Letter Lu Uppercase_Letter M Mark Combining_Mark Mc Spacing_Mark Me "
                        + "Enclosing_Mark Mn Nonspacing_Mark N Number Nd Decimal_Number digit Nl Letter_Number No "
                        + "Other_Number P Punctuation punct Pc Connector_Punctuation Pd Dash_Punctuation Pe "
                        + "Close_Punctuation Pf Final_Punctuation Pi Initial_Punctuation Po Other_Punctuation Ps "
                        + "Open_Punctuation S Symbol Sc Currency_Symbol Sk Modifier_Symbol Sm Math_Symbol So "
                        + "Other_Symbol Z Separator Zl Line_Separator Zp Paragraph_Separator Zs Space_Separator ");

        // ECMA-262 table 67 (binary properties and their aliases), with V8's Any, ASCII and Assigned
        private static final Set<String> BINARY =
                words("Any ASCII Assigned ASCII_Hex_Digit AHex Alphabetic Alpha Bidi_Control Bidi_C "
                        + "Bidi_Mirrored Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF "
                        + "Changes_When_Casemapped CWCM Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded "
                        + "CWKCF Changes_When_Titlecased CWT Changes_When_Uppercased CWU Dash "
                        + "Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia Emoji Emoji_Component "
                        + "EComp Emoji_Modifier EMod Emoji_Modifier_Base EBase Emoji_Presentation EPres "
                        + "Extended_Pictographic ExtPict Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext "
                        + "Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC "
                        + "ID_Start IDS Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase "
                        + "Lower Math Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space "
                        + "Pat_WS Quotation_Mark QMark Radical Regional_Indicator RI Sentence_Terminal STerm "
                        + "Soft_Dotted SD Terminal_Punctuation Term Unified_Ideograph UIdeo Uppercase Upper "
                        + "Variation_Selector VS White_Space space WSpace XID_Continue XIDC XID_Start XIDS ");

        // ECMA-262 table 69, v flag only
        private static final Set<String> OF_STRINGS =
                words("Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence "
                        + "RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji ");

        // Script and Script_Extensions values and aliases known to Node v20's ICU
        private static final Set<String> SCRIPTS =
                words("Adlam Adlm Aghb Ahom Anatolian_Hieroglyphs Arab Arabic Armenian Armi Armn Avestan Avst "
                        + "Bali Balinese Bamu Bamum Bass Bassa_Vah Batak Batk Beng Bengali Berf Beria_Erfe "
                        + "Bhaiksuki Bhks Bopo Bopomofo Brah Brahmi Brai Braille Bugi Buginese Buhd Buhid Cakm "
                        + "Canadian_Aboriginal Cans Cari Carian Caucasian_Albanian Chakma Cham Cher Cherokee "
                        + "Chorasmian Chrs Common Copt Coptic Cpmn Cprt Cuneiform Cypriot Cypro_Minoan Cyrillic "
                        + "Cyrl Deseret Deva Devanagari Diak Dives_Akuru Dogr Dogra Dsrt Dupl Duployan Egyp "
                        + "Egyptian_Hieroglyphs Elba Elbasan Elym Elymaic Ethi Ethiopic Gara Garay Geor Georgian "
                        + "Glag Glagolitic Gong Gonm Goth Gothic Gran Grantha Greek Grek Gujarati Gujr "
                        + "Gunjala_Gondi Gurmukhi Guru Gurung_Khema Han Hang Hangul Hani Hanifi_Rohingya Hano "
                        + "Hanunoo Hatr Hatran Hebr Hebrew Hira Hiragana Hluw Hmng Hmnp Hung Imperial_Aramaic "
                        + "Inherited Inscriptional_Pahlavi Inscriptional_Parthian Ital Java Javanese Kaithi Kali "
                        + "Kana Kannada Katakana Kawi Kayah_Li Khar Kharoshthi Khitan_Small_Script Khmer Khmr Khoj "
                        + "Khojki Khudawadi Kirat_Rai Kits Knda Kthi Lana Lao Laoo Latin Latn Lepc Lepcha Limb "
                        + "Limbu Lina Linb Linear_A Linear_B Lisu Lyci Lycian Lydi Lydian Mahajani Mahj Maka "
                        + "Makasar Malayalam Mand Mandaic Mani Manichaean Marc Marchen Masaram_Gondi Medefaidrin "
                        + "Medf Meetei_Mayek Mend Mende_Kikakui Merc Mero Meroitic_Cursive Meroitic_Hieroglyphs "
                        + "Miao Mlym Modi Mong Mongolian Mro Mroo Mtei Mult Multani Myanmar Mymr Nabataean "
                        + "Nag_Mundari Nagm Nand Nandinagari Narb Nbat New_Tai_Lue Newa Nko Nkoo Nshu Nushu "
                        + "Nyiakeng_Puachue_Hmong Ogam Ogham Ol_Chiki Ol_Onal Olck Old_Hungarian Old_Italic "
                        + "Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic "
                        + "Old_Uyghur Oriya Orkh Orya Osage Osge Osma Osmanya Ougr Pahawh_Hmong Palm Palmyrene "
                        + "Pau_Cin_Hau Pauc Perm Phag Phags_Pa Phli Phlp Phnx Phoenician Plrd Prti Psalter_Pahlavi "
                        + "Qaac Qaai Rejang Rjng Rohg Runic Runr Samaritan Samr Sarb Saur Saurashtra Sgnw Sharada "
                        + "Shavian Shaw Shrd Sidd Siddham Sidetic Sidt SignWriting Sind Sinh Sinhala Sogd Sogdian "
                        + "Sogo Sora Sora_Sompeng Soyo Soyombo Sund Sundanese Sunuwar Sylo Syloti_Nagri Syrc "
                        + "Syriac Tagalog Tagb Tagbanwa Tai_Le Tai_Tham Tai_Viet Tai_Yo Takr Takri Tale Talu Tamil "
                        + "Taml Tang Tangsa Tangut Tavt Tayo Telu Telugu Tfng Tglg Thaa Thaana Thai Tibetan Tibt "
                        + "Tifinagh Tirh Tirhuta Tnsa Todhri Todr Tolong_Siki Tols Toto Tulu_Tigalari Ugar "
                        + "Ugaritic Unknown Vai Vaii Vith Vithkuqi Wancho Wara Warang_Citi Wcho Xpeo Xsux Yezi "
                        + "Yezidi Yi Yiii Zanabazar_Square Zanb Zinh Zyyy Zzzz ");

        private static Set<String> words(String spaceSeparated) {
            return Set.of(spaceSeparated.trim().split(" "));
        }

        /** {@code \p{name}}: a General_Category value or a binary property. */
        static boolean isLoneName(String name) {
            return GENERAL_CATEGORY.contains(name) || BINARY.contains(name);
        }

        /** {@code \p{name=value}}. */
        static boolean isValue(String name, String value) {
            return switch (name) {
                case "General_Category", "gc" -> GENERAL_CATEGORY.contains(value);
                case "Script", "sc", "Script_Extensions", "scx" -> SCRIPTS.contains(value);
                default -> false;
            };
        }

        static boolean isPropertyOfStrings(String name) {
            return OF_STRINGS.contains(name);
        }
    }

    private static boolean isDecimalDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOctalDigit(int c) {
        return c >= '0' && c <= '7';
    }

    private static boolean isPropertyNameCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDecimalDigit(c) || c == '_';
    }

    // §22.2.1 SyntaxCharacter, and '/'
    private static boolean isSyntaxCharacterOrSlash(int c) {
        return c >= 0 && c < 0x80 && "^$\\.*+?()[]{}|/".indexOf(c) >= 0;
    }

    // §22.2.1 ClassSetSyntaxCharacter
    private static boolean isClassSetSyntaxCharacter(int c) {
        return c >= 0 && c < 0x80 && "()[]{}/-\\|".indexOf(c) >= 0;
    }

    // §22.2.1 ClassSetReservedPunctuator
    private static boolean isClassSetReservedPunctuator(int c) {
        return c >= 0 && c < 0x80 && "&-!#%,:;<=>@`~".indexOf(c) >= 0;
    }

    // §22.2.1 ClassSetReservedDoublePunctuator, one half of it
    private static boolean isClassSetReservedDoublePunctuator(int c) {
        return c >= 0 && c < 0x80 && "&!#$%*+,.:;<=>?@^`~".indexOf(c) >= 0;
    }
}
