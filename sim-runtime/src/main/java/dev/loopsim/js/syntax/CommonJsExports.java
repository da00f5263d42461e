package dev.loopsim.js.syntax;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named exports a CommonJS module probably has, found without running it, by the token grammar of
 * cjs-module-lexer (the analysis Node v20 runs before a CommonJS module is imported from an ES module):
 * {@code exports.x =}, {@code module.exports['x'] =}, {@code Object.defineProperty(exports, 'x', …)} with
 * a value or a plain getter, {@code module.exports = { a, b: c, ...require('y') }}, and the reexports
 * {@code module.exports = require('y')}, {@code __exportStar(require('y'))} and Babel's
 * {@code Object.keys(_y).forEach(…)}. Matching is on tokens, without scope analysis, anywhere in the file.
 */
public final class CommonJsExports {

    /** The detected export names (in the order first seen) and reexported specifiers. */
    public record Detected(List<String> exports, List<String> reexports) {}

    private final List<Token> tokens;
    /** Brace, bracket and parenthesis depth before each token: 0 is the top level. */
    private final int[] depth;

    private final Set<String> exports = new LinkedHashSet<>();
    private final Set<String> unsafeGetters = new HashSet<>();
    /** The requires of the last {@code module.exports = require(…)} or {@code module.exports = {…}}. */
    private List<String> lastAssignmentReexports = new ArrayList<>();

    private final List<String> starReexports = new ArrayList<>();
    /** Top-level {@code var x = require('y')}: x → y, for Babel's star-export loop. */
    private final Map<String, String> requiredBindings = new HashMap<>();

    private CommonJsExports(List<Token> tokens, int[] depth) {
        this.tokens = tokens;
        this.depth = depth;
    }

    /** cjs-module-lexer's parse(source): what a CommonJS module with this text exports and reexports. */
    public static Detected detect(String source) {
        List<Token> tokens = tokenize(source);
        int[] depth = new int[tokens.size()];
        int d = 0;
        for (int i = 0; i < tokens.size(); i++) {
            depth[i] = d;
            Token t = tokens.get(i);
            if (t.type == Token.Type.PUNCTUATOR) {
                switch (t.value) {
                    case "{", "(", "[" -> d++;
                    case "}", ")", "]" -> d = Math.max(0, d - 1);
                    default -> {}
                }
            } else if (t.type == Token.Type.TEMPLATE && !t.tail) {
                d++; // `…${ opens a substitution its } closes
            }
        }
        CommonJsExports lexer = new CommonJsExports(tokens, depth);
        lexer.run();
        List<String> names = new ArrayList<>(lexer.exports);
        names.removeAll(lexer.unsafeGetters);
        List<String> reexports = new ArrayList<>(lexer.lastAssignmentReexports);
        reexports.addAll(lexer.starReexports);
        return new Detected(List.copyOf(names), List.copyOf(reexports));
    }

    // ---- tokens --------------------------------------------------------------------------------------

    /**
     * The source's tokens. A {@code /} is a regular expression where the parser found one (the lexer
     * cannot tell alone); a source that does not parse is read with a guess from the previous token.
     */
    private static List<Token> tokenize(String source) {
        Set<Integer> regexStarts = regexStarts(source);
        Lexer lexer = new Lexer(source, false);
        List<Token> tokens = new ArrayList<>();
        Deque<int[]> templateBraces = new ArrayDeque<>();
        while (true) {
            Token t = lexer.next();
            if (t.type == Token.Type.EOF || t.type == Token.Type.ERROR) {
                return tokens;
            }
            if (t.type == Token.Type.PUNCTUATOR && (t.value.equals("/") || t.value.equals("/="))) {
                boolean regex = regexStarts != null ? regexStarts.contains(t.start) : regexAfter(tokens);
                if (regex) {
                    t = lexer.rescanRegex(t.start, t.newlineBefore);
                    if (t.type == Token.Type.ERROR) {
                        return tokens;
                    }
                }
            } else if (t.type == Token.Type.PUNCTUATOR && t.value.equals("{") && !templateBraces.isEmpty()) {
                templateBraces.peek()[0]++;
            } else if (t.type == Token.Type.PUNCTUATOR && t.value.equals("}") && !templateBraces.isEmpty()) {
                if (templateBraces.peek()[0] == 0) {
                    templateBraces.pop();
                    t = lexer.rescanTemplateContinuation(t.start, t.newlineBefore);
                    if (t.type == Token.Type.ERROR) {
                        return tokens;
                    }
                } else {
                    templateBraces.peek()[0]--;
                }
            }
            if (t.type == Token.Type.TEMPLATE && !t.tail) {
                templateBraces.push(new int[] {0});
            }
            tokens.add(t);
        }
    }

    /** Where the source's regular expression literals start, or null when it does not parse as a script. */
    private static Set<Integer> regexStarts(String source) {
        Node.Program program;
        try {
            program = Parser.parseScript(new Source("cjs-exports", source));
        } catch (JsSyntaxError e) {
            return null;
        }
        Set<Integer> starts = new HashSet<>();
        Deque<Object> pending = new ArrayDeque<>(List.of(program));
        while (!pending.isEmpty()) {
            Object node = pending.pop();
            if (node instanceof Node.RegExpLiteral r) {
                starts.add(r.span().start());
            } else if (node instanceof List<?> list) {
                list.forEach(pending::push);
            } else if (node instanceof Record record && !(node instanceof Span)) {
                for (RecordComponent c : record.getClass().getRecordComponents()) {
                    Object child = read(c, record);
                    if (child instanceof Record || child instanceof List<?>) {
                        pending.push(child);
                    }
                }
            }
        }
        return starts;
    }

    private static Object read(RecordComponent c, Record record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    /** Without a parse: a {@code /} after an operator, an opening bracket or a keyword starts a regex. */
    private static boolean regexAfter(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        Token previous = tokens.getLast();
        return switch (previous.type) {
            case PUNCTUATOR -> !List.of(")", "]", "}").contains(previous.value);
            case NAME ->
                Set.of(
                                "return",
                                "typeof",
                                "instanceof",
                                "in",
                                "of",
                                "new",
                                "delete",
                                "void",
                                "throw",
                                "case",
                                "do",
                                "else",
                                "yield",
                                "await")
                        .contains(previous.value);
            default -> false;
        };
    }

    // ---- the grammar ---------------------------------------------------------------------------------

    private void run() {
        for (int i = 0; i < tokens.size(); i++) {
            if (isPunctuator(i - 1, ".")) {
                if (isName(i, "__export") || isName(i, "__exportStar")) {
                    exportStar(i); // tslib.__exportStar(require('y'), exports)
                }
                continue; // x.exports, x.module and x.Object are someone else's
            }
            if (isName(i, "exports")) {
                exportsMember(i + 1);
            } else if (isName(i, "module") && isPunctuator(i + 1, ".") && isName(i + 2, "exports")) {
                moduleExports(i + 3);
            } else if (isName(i, "Object") && isPunctuator(i + 1, ".")) {
                if (isName(i + 2, "defineProperty")) {
                    exportsDefine(i + 3);
                } else if (isName(i + 2, "keys") && depth[i] == 0) {
                    exportStarLib(i + 3);
                }
            } else if (isName(i, "__export") || isName(i, "__exportStar")) {
                exportStar(i);
            } else if ((isName(i, "var") || isName(i, "const") || isName(i, "let")) && depth[i] == 0) {
                exportsAssign(i + 1);
            }
        }
    }

    /** EXPORTS_DOT_ASSIGN and EXPORTS_LITERAL_COMPUTED_ASSIGN after EXPORTS_IDENTIFIER at {@code i}. */
    private void exportsMember(int i) {
        if (isPunctuator(i, ".") && isType(i + 1, Token.Type.NAME) && isAssign(i + 2)) {
            exports.add(tokens.get(i + 1).value);
        } else if (isPunctuator(i, "[") && isQuotedString(i + 1) && isPunctuator(i + 2, "]") && isAssign(i + 3)) {
            exports.add(tokens.get(i + 1).value);
        }
    }

    /** After {@code module.exports}: a member assignment, MODULE_EXPORTS_ASSIGN or EXPORTS_LITERAL. */
    private void moduleExports(int i) {
        if (!isPunctuator(i, "=")) {
            exportsMember(i);
            return;
        }
        lastAssignmentReexports = new ArrayList<>(); // any new module.exports drops the earlier reexport
        String required = requireAt(i + 1);
        if (required != null) {
            lastAssignmentReexports.add(required);
        } else if (isPunctuator(i + 1, "{")) {
            exportsLiteral(i + 2);
        }
    }

    /** EXPORTS_LITERAL from its first property: names and spread requires until something else bails. */
    private void exportsLiteral(int i) {
        while (i < tokens.size()) {
            if (isPunctuator(i, "}")) {
                return;
            }
            if (isPunctuator(i, "...")) {
                String required = requireAt(i + 1);
                if (required != null) {
                    lastAssignmentReexports.add(required);
                    i += 5;
                } else if (isType(i + 1, Token.Type.NAME)) {
                    i += 2;
                } else {
                    return;
                }
            } else if (isType(i, Token.Type.NAME)) {
                String name = tokens.get(i).value;
                if (isPunctuator(i + 1, ":")) {
                    if (!isType(i + 2, Token.Type.NAME)) {
                        return;
                    }
                    exports.add(name);
                    i += 3;
                } else {
                    exports.add(name); // shorthand; a method's name is taken before the bail at its (
                    i += 1;
                }
            } else if (isQuotedString(i) && isPunctuator(i + 1, ":") && isType(i + 2, Token.Type.NAME)) {
                exports.add(tokens.get(i).value);
                i += 3;
            } else {
                return;
            }
            if (isPunctuator(i, ",")) {
                i++;
            } else if (!isPunctuator(i, "}")) {
                return;
            }
        }
    }

    /**
     * EXPORTS_DEFINE_VALUE from the {@code (} after {@code Object.defineProperty}: the name counts for a
     * value or a getter returning an identifier or member; any other definition of it makes it unsafe.
     */
    private void exportsDefine(int i) {
        if (!isPunctuator(i, "(")) {
            return;
        }
        int at = exportsIdentifier(i + 1);
        if (at < 0 || !isPunctuator(at, ",") || !isQuotedString(at + 1) || !isPunctuator(at + 2, ",")) {
            return;
        }
        String name = tokens.get(at + 1).value;
        if (!isPunctuator(at + 3, "{")) {
            return;
        }
        int p = at + 4;
        if (isName(p, "enumerable") && isPunctuator(p + 1, ":") && isName(p + 2, "true") && isPunctuator(p + 3, ",")) {
            p += 4;
        }
        if (isName(p, "value") && isPunctuator(p + 1, ":")) {
            exports.add(name);
            return;
        }
        if (isName(p, "get") && safeGetter(p + 1)) {
            exports.add(name);
            return;
        }
        unsafeGetters.add(name);
    }

    /**
     * After {@code get}: {@code (: function NAME?)? () { return ID (.ID | ['s'])? ;? } })}, the getter
     * forms that cannot have side effects.
     */
    private boolean safeGetter(int p) {
        if (isPunctuator(p, ":")) {
            if (!isName(p + 1, "function")) {
                return false;
            }
            p += 2;
            if (isType(p, Token.Type.NAME)) {
                p++;
            }
        }
        if (!isPunctuator(p, "(") || !isPunctuator(p + 1, ")") || !isPunctuator(p + 2, "{")) {
            return false;
        }
        p += 3;
        if (!isName(p, "return") || !isType(p + 1, Token.Type.NAME)) {
            return false;
        }
        p += 2;
        if (isPunctuator(p, ".") && isType(p + 1, Token.Type.NAME)) {
            p += 2;
        } else if (isPunctuator(p, "[") && isQuotedString(p + 1) && isPunctuator(p + 2, "]")) {
            p += 3;
        }
        if (isPunctuator(p, ";")) {
            p++;
        }
        return isPunctuator(p, "}") && isPunctuator(p + 1, "}") && isPunctuator(p + 2, ")");
    }

    /** EXPORT_STAR at the top level: {@code __export(require('y'))} or {@code __exportStar(require('y'), …)}. */
    private void exportStar(int i) {
        if (depth[i] != 0 || !isPunctuator(i + 1, "(")) {
            return;
        }
        String required = requireAt(i + 2);
        if (required != null) {
            starReexports.add(required);
        }
    }

    /** EXPORTS_ASSIGN at the top level: {@code var|const|let NAME = require('y')}. */
    private void exportsAssign(int i) {
        if (isType(i, Token.Type.NAME) && isPunctuator(i + 1, "=")) {
            String required = requireAt(i + 2);
            if (required != null) {
                requiredBindings.put(tokens.get(i).value, required);
            }
        }
    }

    /**
     * EXPORT_STAR_LIB from the {@code (} after {@code Object.keys}: Babel's and TypeScript's loop that
     * copies every export of a required module; the required module is then a reexport.
     */
    private void exportStarLib(int i) {
        if (!isPunctuator(i, "(") || !isType(i + 1, Token.Type.NAME)) {
            return;
        }
        String from = tokens.get(i + 1).value;
        String required = requiredBindings.get(from);
        int p = i + 2;
        if (required == null
                || !isPunctuator(p, ")")
                || !isPunctuator(p + 1, ".")
                || !isName(p + 2, "forEach")
                || !isPunctuator(p + 3, "(")
                || !isName(p + 4, "function")
                || !isPunctuator(p + 5, "(")
                || !isType(p + 6, Token.Type.NAME)
                || !isPunctuator(p + 7, ")")
                || !isPunctuator(p + 8, "{")) {
            return;
        }
        String key = tokens.get(p + 6).value;
        p += 9;
        p = starLibFilter(p, key);
        if (p < 0) {
            return;
        }
        // if (Object.prototype.hasOwnProperty.call(NAME, key)) return;
        if (isName(p, "if")
                && isPunctuator(p + 1, "(")
                && isName(p + 2, "Object")
                && isPunctuator(p + 3, ".")
                && isName(p + 4, "prototype")
                && isPunctuator(p + 5, ".")
                && isName(p + 6, "hasOwnProperty")
                && isPunctuator(p + 7, ".")
                && isName(p + 8, "call")
                && isPunctuator(p + 9, "(")
                && isType(p + 10, Token.Type.NAME)
                && isPunctuator(p + 11, ",")
                && isName(p + 12, key)
                && isPunctuator(p + 13, ")")
                && isPunctuator(p + 14, ")")
                && isName(p + 15, "return")) {
            p = optionalSemicolon(p + 16);
        }
        // if (key in EXPORTS && EXPORTS[key] === from[key]) return;
        if (isName(p, "if") && isPunctuator(p + 1, "(") && isName(p + 2, key) && isName(p + 3, "in")) {
            int q = exportsIdentifier(p + 4);
            if (q < 0 || !isPunctuator(q, "&&")) {
                return;
            }
            q = exportsIdentifier(q + 1);
            if (q < 0 || !memberOf(q, key) || !isPunctuator(q + 3, "===") || !isName(q + 4, from)) {
                return;
            }
            if (!memberOf(q + 5, key) || !isPunctuator(q + 8, ")") || !isName(q + 9, "return")) {
                return;
            }
            p = optionalSemicolon(q + 10);
        }
        if (starLibCopy(p, key, from)) {
            starReexports.add(required);
        }
    }

    /** The loop's first statement, which skips default (and __esModule); the index after it, or −1. */
    private int starLibFilter(int p, String key) {
        if (!isName(p, "if") || !isPunctuator(p + 1, "(") || !isName(p + 2, key)) {
            return -1;
        }
        if (isPunctuator(p + 3, "===") && isNamed(p + 4, "default")) {
            if (isPunctuator(p + 5, "||")
                    && isName(p + 6, key)
                    && isPunctuator(p + 7, "===")
                    && isNamed(p + 8, "__esModule")
                    && isPunctuator(p + 9, ")")
                    && isName(p + 10, "return")) {
                return optionalSemicolon(p + 11);
            }
            return -1;
        }
        if (isPunctuator(p + 3, "!==") && isNamed(p + 4, "default") && isPunctuator(p + 5, ")")) {
            return p + 6;
        }
        return -1;
    }

    /** The loop's copy: {@code EXPORTS[key] = from[key]} or a defineProperty getter returning {@code from[key]}. */
    private boolean starLibCopy(int p, String key, String from) {
        int q = exportsIdentifier(p);
        if (q >= 0) {
            if (!memberOf(q, key) || !isPunctuator(q + 3, "=") || !isName(q + 4, from) || !memberOf(q + 5, key)) {
                return false;
            }
            return closesLoop(optionalSemicolon(q + 8));
        }
        if (!isName(p, "Object")
                || !isPunctuator(p + 1, ".")
                || !isName(p + 2, "defineProperty")
                || !isPunctuator(p + 3, "(")) {
            return false;
        }
        q = exportsIdentifier(p + 4);
        if (q < 0 || !isPunctuator(q, ",") || !isName(q + 1, key) || !isPunctuator(q + 2, ",")) {
            return false;
        }
        q += 3;
        String[] shape = {"{", "enumerable", ":", "true", ",", "get", ":", "function", "(", ")", "{", "return"};
        for (String expected : shape) {
            if (!isToken(q++, expected)) {
                return false;
            }
        }
        if (!isName(q, from) || !memberOf(q + 1, key)) {
            return false;
        }
        q = optionalSemicolon(q + 4);
        if (!isPunctuator(q, "}") || !isPunctuator(q + 1, "}") || !isPunctuator(q + 2, ")")) {
            return false;
        }
        return closesLoop(optionalSemicolon(q + 3));
    }

    /** {@code })} ends the forEach callback and call. */
    private boolean closesLoop(int p) {
        return isPunctuator(p, "}") && isPunctuator(p + 1, ")");
    }

    /** {@code [key]} at {@code p}. */
    private boolean memberOf(int p, String key) {
        return isPunctuator(p, "[") && isName(p + 1, key) && isPunctuator(p + 2, "]");
    }

    /** EXPORTS_IDENTIFIER at {@code p}: the index after it, or −1. */
    private int exportsIdentifier(int p) {
        if (isName(p, "exports")) {
            return p + 1;
        }
        if (isName(p, "module") && isPunctuator(p + 1, ".") && isName(p + 2, "exports")) {
            return p + 3;
        }
        return -1;
    }

    /** REQUIRE at {@code p}: the specifier of {@code require('y')}, or null. */
    private String requireAt(int p) {
        if (isName(p, "require") && isPunctuator(p + 1, "(") && isQuotedString(p + 2) && isPunctuator(p + 3, ")")) {
            return tokens.get(p + 2).value;
        }
        return null;
    }

    private int optionalSemicolon(int p) {
        return isPunctuator(p, ";") ? p + 1 : p;
    }

    /** The lexer takes {@code =} as the start of an assignment, even of {@code ==}. */
    private boolean isAssign(int p) {
        return isType(p, Token.Type.PUNCTUATOR)
                && tokens.get(p).value.startsWith("=")
                && !tokens.get(p).value.equals("=>");
    }

    private boolean isType(int p, Token.Type type) {
        return p >= 0 && p < tokens.size() && tokens.get(p).type == type;
    }

    private boolean isName(int p, String name) {
        return isType(p, Token.Type.NAME)
                && !tokens.get(p).escaped
                && tokens.get(p).value.equals(name);
    }

    private boolean isPunctuator(int p, String value) {
        return isType(p, Token.Type.PUNCTUATOR) && tokens.get(p).value.equals(value);
    }

    private boolean isToken(int p, String value) {
        return isName(p, value) || isPunctuator(p, value);
    }

    /** A {@code '…'} or {@code "…"} string (templates never count). */
    private boolean isQuotedString(int p) {
        return isType(p, Token.Type.STRING);
    }

    /** The string {@code 'value'} or {@code "value"}. */
    private boolean isNamed(int p, String value) {
        return isQuotedString(p) && tokens.get(p).value.equals(value);
    }
}
