package dev.loopsim.js.syntax;

import dev.loopsim.js.syntax.Node.*;
import dev.loopsim.js.syntax.Token.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recursive-descent parser for JavaScript as Node 20/22 runs it (ES2023), for scripts and modules, with
 * V8's early errors and wording. Arrow parameters and destructuring assignment go through the cover
 * grammar: parsed as expressions, then reinterpreted as patterns.
 */
public final class Parser {
    /**
     * Nesting deeper than this (counted in statements, expressions and operators nested in one another; a
     * parenthesized expression counts twice) is a syntax error instead of exhausting the Java stack.
     */
    public static final int MAX_NESTING = 2500;

    private static final Set<String> RESERVED = Set.of(
            "break",
            "case",
            "catch",
            "class",
            "const",
            "continue",
            "debugger",
            "default",
            "delete",
            "do",
            "else",
            "export",
            "extends",
            "false",
            "finally",
            "for",
            "function",
            "if",
            "import",
            "in",
            "instanceof",
            "new",
            "null",
            "return",
            "super",
            "switch",
            "this",
            "throw",
            "true",
            "try",
            "typeof",
            "var",
            "void",
            "while",
            "with",
            "enum");
    private static final Set<String> STRICT_RESERVED =
            Set.of("implements", "interface", "let", "package", "private", "protected", "public", "static", "yield");
    private static final Map<String, Integer> BINARY_PRECEDENCE = new HashMap<>();

    static {
        String[][] levels = {
            {"??"},
            {"||"},
            {"&&"},
            {"|"},
            {"^"},
            {"&"},
            {"==", "!=", "===", "!=="},
            {"<", ">", "<=", ">=", "instanceof", "in"},
            {"<<", ">>", ">>>"},
            {"+", "-"},
            {"*", "/", "%"},
            {"**"}
        };
        for (int i = 0; i < levels.length; i++) {
            for (String op : levels[i]) {
                BINARY_PRECEDENCE.put(op, i + 1);
            }
        }
        // `??` cannot mix with || and && without parentheses; it shares their looseness.
        BINARY_PRECEDENCE.put("??", 1);
    }

    private final Source source;
    private final Lexer lexer;
    private final boolean module;

    private Token tok;
    private Token peeked;
    private int lastEnd;
    /** Start of the last consumed token: where V8 points for errors found after a construct ends. */
    private int lastStart;

    private int depth;
    private boolean strict;
    private FunctionContext fn;
    private Scope scope;
    private ClassContext classContext;
    /**
     * Expressions written inside parentheses (not valid destructuring targets), with the offset of their
     * opening parenthesis, where V8 points.
     */
    private final Map<Node, Integer> parenthesized = new IdentityHashMap<>();

    private final Map<String, Integer> exportedNames = new HashMap<>();
    private final List<Identifier> exportedLocals = new ArrayList<>();

    private Parser(Source source, boolean module) {
        this.source = source;
        this.lexer = new Lexer(source.text(), module);
        this.module = module;
        this.strict = module;
    }

    /** Parses with the module goal for a {@code .mjs} name, as a script otherwise. */
    public static Program parse(Source source) {
        return source.isModuleByName() ? parseModule(source) : parseScript(source);
    }

    public static Program parseScript(Source source) {
        return new Parser(source, false).run();
    }

    public static Program parseModule(Source source) {
        return new Parser(source, true).run();
    }

    /** Stack for the rare parse that nests deeper than the caller's thread stack allows. */
    private static final long DEEP_STACK_BYTES = 1L << 30;

    private Program run() {
        try {
            return parseProgram();
        } catch (StackOverflowError e) {
            // Legal but deep code (V8 takes ~1,000 nested parentheses) on a small thread stack: parse it again on
            // a thread whose stack fits MAX_NESTING, so the result does not depend on the caller's thread.
            return new Parser(source, module).runOnDeepStack();
        }
    }

    private Program runOnDeepStack() {
        Program[] result = new Program[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread worker = new Thread(
                null,
                () -> {
                    try {
                        result[0] = parseProgram();
                    } catch (JsSyntaxError e) {
                        failure[0] = e;
                    } catch (StackOverflowError e) {
                        failure[0] = tooDeep();
                    }
                },
                "loopsim-deep-parse",
                DEEP_STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw tooDeep();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    // ==== contexts ========================================================================================

    /** What the innermost function allows: await, yield, super, new.target, and its labels. */
    private static final class FunctionContext {
        final FunctionContext outer;
        final boolean isAsync;
        final boolean isGenerator;
        final boolean isArrow;
        boolean superProperty;
        boolean superCall;
        boolean newTarget;
        boolean inClassFieldInit;
        boolean inStaticBlock;
        boolean inParameters;
        /** Offset of the body's opening brace, once known. */
        int bodyStart = -1;
        /** Functions allow return; so does a CommonJS script, which Node compiles as a function body. */
        boolean returnAllowed;

        final List<Label> labels = new ArrayList<>();
        int iterationDepth;
        int breakableDepth;

        FunctionContext(FunctionContext outer, boolean isAsync, boolean isGenerator, boolean isArrow) {
            this.outer = outer;
            this.isAsync = isAsync;
            this.isGenerator = isGenerator;
            this.isArrow = isArrow;
            this.returnAllowed = outer != null;
            if (isArrow && outer != null) {
                superProperty = outer.superProperty;
                superCall = outer.superCall;
                newTarget = outer.newTarget;
                inClassFieldInit = outer.inClassFieldInit;
                inStaticBlock = outer.inStaticBlock;
            }
        }

        boolean anyAsync() {
            for (FunctionContext f = this; f != null; f = f.outer) {
                if (f.isAsync) {
                    return true;
                }
            }
            return false;
        }
    }

    private record Label(String name, boolean loop) {}

    private static final int SCOPE_VAR = 1;
    private static final int SCOPE_TOP = 2;
    private static final int SCOPE_FUNCTION = 4;
    private static final int SCOPE_SIMPLE_CATCH = 8;

    /** Names declared in one scope, for "Identifier 'x' has already been declared". */
    private static final class Scope {
        final Scope outer;
        final int flags;
        final Set<String> lexical = new HashSet<>();
        final Set<String> var = new HashSet<>();
        final Set<String> functions = new HashSet<>();
        String catchParam;

        Scope(Scope outer, int flags) {
            this.outer = outer;
            this.flags = flags;
        }
    }

    /** A private name used in a class body, and where V8 reports it if no enclosing class declares it. */
    private record PrivateUse(PrivateIdentifier id, int reportAt) {}

    /** Private names declared in a class body and the ones used before the body ended. */
    private static final class ClassContext {
        final ClassContext outer;
        final Map<String, String> declared = new HashMap<>();
        final List<PrivateUse> used = new ArrayList<>();

        ClassContext(ClassContext outer) {
            this.outer = outer;
        }
    }

    private enum Binding {
        VAR,
        LEXICAL,
        FUNCTION,
        SIMPLE_CATCH,
        PARAM,
        NONE
    }

    private void enter() {
        if (++depth > MAX_NESTING) {
            throw tooDeep();
        }
    }

    private void exit() {
        depth--;
    }

    private JsSyntaxError tooDeep() {
        int at = tok == null ? 0 : tok.start;
        return JsSyntaxError.syntax(
                Span.of(source, at, at), "Too deeply nested: more than " + MAX_NESTING + " levels of nesting");
    }

    // ==== tokens ==========================================================================================

    private void next() {
        lastEnd = tok == null ? 0 : tok.end;
        lastStart = tok == null ? 0 : tok.start;
        if (peeked != null) {
            tok = peeked;
            peeked = null;
        } else {
            tok = lexer.next();
        }
        if (tok.type == Type.ERROR) {
            throw lexError(tok);
        }
    }

    private JsSyntaxError lexError(Token t) {
        return JsSyntaxError.syntax(Span.of(source, t.errorAt, t.errorAt), t.value);
    }

    /** A NumericLiteral token: a Number or, with the {@code n} suffix, a BigInt. */
    private Expression parseNumericLiteral() {
        checkLegacyOctal(tok);
        Span span = Span.of(source, tok.start, tok.end);
        Expression literal = tok.bigInt != null
                ? new BigIntLiteral(span, tok.bigInt, tok.raw)
                : new NumberLiteral(span, tok.number, tok.raw);
        next();
        return literal;
    }

    private Token peek() {
        if (peeked == null) {
            peeked = lexer.next();
        }
        return peeked;
    }

    /** Punctuator values are the lexer's literal constants, as are the arguments here: identity suffices. */
    @SuppressWarnings("StringEquality")
    private boolean is(String punct) {
        return tok.type == Type.PUNCTUATOR && tok.value == punct;
    }

    /** A keyword or contextual keyword, written without escapes. */
    private boolean isWord(String word) {
        return tok.type == Type.NAME && !tok.escaped && tok.value.equals(word);
    }

    private static boolean isWord(Token t, String word) {
        return t.type == Type.NAME && !t.escaped && t.value.equals(word);
    }

    private static boolean isPunct(Token t, String p) {
        return t.type == Type.PUNCTUATOR && t.value.equals(p);
    }

    private boolean eat(String punct) {
        if (is(punct)) {
            next();
            return true;
        }
        return false;
    }

    private boolean eatWord(String word) {
        if (isWord(word)) {
            next();
            return true;
        }
        return false;
    }

    private void expect(String punct) {
        if (!eat(punct)) {
            throw unexpected();
        }
    }

    private void expectWord(String word) {
        if (!eatWord(word)) {
            throw unexpected();
        }
    }

    /** Automatic semicolon insertion: a {@code ;}, or a {@code }}, end of input, or a preceding line break. */
    private void semicolon() {
        if (!eat(";") && !is("}") && tok.type != Type.EOF && !tok.newlineBefore) {
            throw unexpected();
        }
    }

    private boolean canInsertSemicolon() {
        return tok.type == Type.EOF || is("}") || tok.newlineBefore;
    }

    private Span spanFrom(int start) {
        return Span.of(source, start, Math.max(start, lastEnd));
    }

    private JsSyntaxError error(int at, String message) {
        return JsSyntaxError.syntax(Span.of(source, at, at), message);
    }

    private JsSyntaxError error(Node node, String message) {
        Integer paren = parenthesized.get(node);
        return paren != null ? error(paren, message) : JsSyntaxError.syntax(node.span(), message);
    }

    /** Where an expression starts in the text, counting a parenthesis that groups it. */
    private int startOf(Expression e) {
        Integer paren = parenthesized.get(e);
        return paren != null ? paren : e.span().start();
    }

    private JsSyntaxError unexpected() {
        return unexpected(tok);
    }

    private JsSyntaxError unexpected(Token t) {
        String message =
                switch (t.type) {
                    case EOF -> "Unexpected end of input";
                    case NUMBER -> "Unexpected number";
                    case STRING -> "Unexpected string";
                    case TEMPLATE -> "Unexpected template string";
                    case REGEX -> "Unexpected regular expression";
                    case PRIVATE_NAME -> "Unexpected identifier '#" + t.value + "'";
                    case PUNCTUATOR -> "Unexpected token '" + t.value + "'";
                    case NAME -> unexpectedName(t);
                    case ERROR -> t.value;
                };
        return error(t.start, message);
    }

    private String unexpectedName(Token t) {
        if (t.escaped && (RESERVED.contains(t.value) || strict && STRICT_RESERVED.contains(t.value))) {
            return "Keyword must not contain escaped characters";
        }
        if (t.value.equals("enum") || (t.value.equals("await") && (module || fn.isAsync))) {
            return "Unexpected reserved word";
        }
        if (strict && STRICT_RESERVED.contains(t.value)) {
            return "Unexpected strict mode reserved word";
        }
        if (RESERVED.contains(t.value) || t.value.equals("true") || t.value.equals("false")) {
            return "Unexpected token '" + t.value + "'";
        }
        return "Unexpected identifier '" + t.value + "'";
    }

    // ==== scopes ==========================================================================================

    private void enterScope(int flags) {
        scope = new Scope(scope, flags);
    }

    private void exitScope() {
        scope = scope.outer;
    }

    private boolean functionsAreVarLike(Scope s) {
        return (s.flags & SCOPE_FUNCTION) != 0 || (!module && (s.flags & SCOPE_TOP) != 0);
    }

    private void declare(Identifier id, Binding binding) {
        String name = id.name();
        boolean redeclared = false;
        switch (binding) {
            case LEXICAL -> {
                redeclared = scope.lexical.contains(name) || scope.functions.contains(name) || scope.var.contains(name);
                scope.lexical.add(name);
            }
            case SIMPLE_CATCH -> {
                scope.lexical.add(name);
                scope.catchParam = name;
            }
            case FUNCTION -> {
                redeclared = functionsAreVarLike(scope)
                        ? scope.lexical.contains(name)
                        : scope.lexical.contains(name) || scope.var.contains(name);
                scope.functions.add(name);
            }
            case VAR, PARAM -> {
                for (Scope s = scope; s != null; s = s.outer) {
                    if ((s.lexical.contains(name)
                                    && !((s.flags & SCOPE_SIMPLE_CATCH) != 0 && name.equals(s.catchParam)))
                            || (!functionsAreVarLike(s) && s.functions.contains(name))) {
                        redeclared = true;
                        break;
                    }
                    s.var.add(name);
                    if ((s.flags & SCOPE_VAR) != 0) {
                        break;
                    }
                }
            }
            case NONE -> {}
        }
        if (redeclared) {
            throw error(id, "Identifier '" + name + "' has already been declared");
        }
    }

    // ==== program and bodies ==============================================================================

    private Program parseProgram() {
        fn = new FunctionContext(null, module, false, false);
        fn.returnAllowed = !module;
        enterScope(SCOPE_TOP | SCOPE_VAR);
        next();
        List<Statement> body = parseBodyItems(true, true);
        if (tok.type != Type.EOF) {
            throw unexpected();
        }
        if (module) {
            for (Identifier local : exportedLocals) {
                if (!scope.lexical.contains(local.name())
                        && !scope.var.contains(local.name())
                        && !scope.functions.contains(local.name())) {
                    throw error(local, "Export '" + local.name() + "' is not defined in module");
                }
            }
        }
        return new Program(
                Span.of(source, 0, source.text().length()),
                module ? SourceType.MODULE : SourceType.SCRIPT,
                strict,
                body);
    }

    /**
     * Statements up to {@code }} or end of input, with the directive prologue first when {@code directives}.
     * A {@code 'use strict'} directive turns on strict mode for the rest.
     */
    private List<Statement> parseBodyItems(boolean directives, boolean topLevel) {
        List<Statement> body = new ArrayList<>();
        boolean prologue = directives;
        Token octalDirective = null;
        while (tok.type != Type.EOF && !is("}")) {
            if (prologue && tok.type == Type.STRING) {
                Token literal = tok;
                Statement s = topLevel ? parseModuleItem() : parseStatementListItem();
                if (s instanceof ExpressionStatement es
                        && es.expression() instanceof StringLiteral str
                        && str.span().start() == literal.start
                        && str.span().end() == literal.end
                        && !parenthesized.containsKey(str)) {
                    if (literal.strictError != null && octalDirective == null) {
                        octalDirective = literal;
                    }
                    if (literal.raw.equals("'use strict'") || literal.raw.equals("\"use strict\"")) {
                        strict = true;
                        if (octalDirective != null) {
                            throw error(octalDirective.strictErrorAt, octalDirective.strictError);
                        }
                    }
                    body.add(new Directive(es.span(), literal.raw));
                    continue;
                }
                prologue = false;
                body.add(s);
                continue;
            }
            prologue = false;
            body.add(topLevel ? parseModuleItem() : parseStatementListItem());
        }
        return body;
    }

    private Statement parseModuleItem() {
        if (isWord("import") && !isPunct(peek(), "(") && !isPunct(peek(), ".")) {
            if (!module) {
                throw error(tok.start, "Cannot use import statement outside a module");
            }
            return parseImportDeclaration();
        }
        if (isWord("export")) {
            if (!module) {
                throw unexpected();
            }
            return parseExportDeclaration();
        }
        return parseStatementListItem();
    }

    // ==== statements ======================================================================================

    private Statement parseStatementListItem() {
        if (isWord("function")) {
            return parseFunctionDeclaration(tok.start, false, false);
        }
        if (isWord("async") && isWord(peek(), "function") && !peek().newlineBefore) {
            int start = tok.start;
            next();
            return parseFunctionDeclaration(start, true, false);
        }
        if (isWord("class")) {
            return parseClassDeclaration(false);
        }
        if (isWord("const") || isLetDeclaration()) {
            return parseVariableStatement();
        }
        if (isWord("import") && !isPunct(peek(), "(") && !isPunct(peek(), ".")) {
            throw module ? unexpected(peek()) : error(tok.start, "Cannot use import statement outside a module");
        }
        if (isWord("export")) {
            throw unexpected();
        }
        return parseStatement(false);
    }

    /** {@code let} starts a declaration when a binding follows; otherwise it is an identifier (sloppy code). */
    private boolean isLetDeclaration() {
        if (!isWord("let")) {
            return false;
        }
        if (strict) {
            return true;
        }
        Token after = peek();
        return isPunct(after, "[")
                || isPunct(after, "{")
                || (after.type == Type.NAME
                        && !(after.newlineBefore && isWord(after, "let"))
                        && !isWord(after, "in")
                        && !isWord(after, "instanceof")
                        && !(isWord(after, "of")));
    }

    /** A statement; {@code single} for the body of if/loop/label, where declarations are not allowed. */
    private Statement parseStatement(boolean single) {
        enter();
        try {
            return parseStatementInner(single);
        } finally {
            exit();
        }
    }

    private Statement parseStatementInner(boolean single) {
        int start = tok.start;
        if (tok.type == Type.PUNCTUATOR) {
            switch (tok.value) {
                case "{" -> {
                    return parseBlock(true);
                }
                case ";" -> {
                    next();
                    return new EmptyStatement(spanFrom(start));
                }
                default -> {}
            }
        } else if (tok.type == Type.NAME && !tok.escaped) {
            switch (tok.value) {
                case "var" -> {
                    return parseVariableStatement();
                }
                case "if" -> {
                    return parseIf();
                }
                case "for" -> {
                    return parseFor();
                }
                case "while" -> {
                    return parseWhile();
                }
                case "do" -> {
                    return parseDoWhile();
                }
                case "return" -> {
                    return parseReturn();
                }
                case "break", "continue" -> {
                    return parseBreakContinue();
                }
                case "throw" -> {
                    return parseThrow();
                }
                case "try" -> {
                    return parseTry();
                }
                case "switch" -> {
                    return parseSwitch();
                }
                case "debugger" -> {
                    next();
                    semicolon();
                    return new DebuggerStatement(spanFrom(start));
                }
                case "with" ->
                    throw strict
                            ? error(start, "Strict mode code may not include a with statement")
                            : JsSyntaxError.unsupported(Span.of(source, start, tok.end), "the 'with' statement");
                case "function" ->
                    throw error(
                            start,
                            strict
                                    ? "In strict mode code, functions can only be declared at top level or inside a block."
                                    : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
                case "class" -> throw unexpected();
                case "const" -> throw unexpected();
                case "let" -> {
                    Token after = peek();
                    if (strict
                            || isPunct(after, "[")
                            || (!after.newlineBefore && (after.type == Type.NAME || isPunct(after, "{")))) {
                        throw error(start, "Lexical declaration cannot appear in a single-statement context");
                    }
                }
                case "async" -> {
                    if (isWord(peek(), "function") && !peek().newlineBefore) {
                        throw error(start, "Async functions can only be declared at the top level or inside a block.");
                    }
                }
                case "import" -> {
                    if (!isPunct(peek(), "(") && !isPunct(peek(), ".")) {
                        throw module
                                ? unexpected(peek())
                                : error(start, "Cannot use import statement outside a module");
                    }
                }
                case "export" -> throw unexpected();
                default -> {}
            }
        }
        // A label or an expression statement.
        if (tok.type == Type.NAME && isPunct(peek(), ":") && !isReservedHere(tok)) {
            return parseLabeled(single);
        }
        Expression expression = parseExpression(false);
        semicolon();
        return new ExpressionStatement(spanFrom(start), expression);
    }

    private boolean isReservedHere(Token t) {
        if (t.value.equals("yield")) {
            return fn.isGenerator || strict;
        }
        if (t.value.equals("await")) {
            return fn.isAsync || module;
        }
        return RESERVED.contains(t.value) || (strict && STRICT_RESERVED.contains(t.value));
    }

    private BlockStatement parseBlock(boolean newScope) {
        int start = tok.start;
        expect("{");
        if (newScope) {
            enterScope(0);
        }
        List<Statement> body = new ArrayList<>();
        while (!is("}")) {
            if (tok.type == Type.EOF) {
                throw unexpected();
            }
            body.add(parseStatementListItem());
        }
        next();
        if (newScope) {
            exitScope();
        }
        return new BlockStatement(spanFrom(start), body);
    }

    private VariableDeclaration parseVariableStatement() {
        int start = tok.start;
        VariableDeclaration declaration = parseVariableDeclarationList(false, false);
        semicolon();
        return new VariableDeclaration(spanFrom(start), declaration.kind(), declaration.declarations());
    }

    private VariableKind variableKind() {
        return switch (tok.value) {
            case "var" -> VariableKind.VAR;
            case "let" -> VariableKind.LET;
            default -> VariableKind.CONST;
        };
    }

    /**
     * {@code var|let|const a = 1, b}; in a for head ({@code forHead}) initializers are optional for const and
     * destructuring, and {@code in} is not an operator.
     */
    private VariableDeclaration parseVariableDeclarationList(boolean forHead, boolean noIn) {
        int start = tok.start;
        VariableKind kind = variableKind();
        next();
        Binding binding = kind == VariableKind.VAR ? Binding.VAR : Binding.LEXICAL;
        List<VariableDeclarator> list = new ArrayList<>();
        do {
            int declStart = tok.start;
            if (kind != VariableKind.VAR && isWord("let")) {
                throw error(tok.start, "let is disallowed as a lexically bound name");
            }
            Pattern id = parseBindingTarget(binding);
            Expression init = null;
            if (eat("=")) {
                init = parseAssign(noIn);
            } else if (!forHead || !(isWord("in") || isWord("of"))) {
                if (!(id instanceof Identifier)) {
                    throw error(declStart, "Missing initializer in destructuring declaration");
                }
                if (kind == VariableKind.CONST) {
                    throw error(declStart, "Missing initializer in const declaration");
                }
            }
            list.add(new VariableDeclarator(spanFrom(declStart), id, init));
        } while (eat(","));
        return new VariableDeclaration(spanFrom(start), kind, list);
    }

    private IfStatement parseIf() {
        int start = tok.start;
        next();
        expect("(");
        Expression test = parseExpression(false);
        expect(")");
        Statement consequent = parseIfBranch();
        Statement alternate = null;
        if (eatWord("else")) {
            alternate = parseIfBranch();
        }
        return new IfStatement(spanFrom(start), test, consequent, alternate);
    }

    /** The body of an if: Annex B lets a plain function declaration stand there in sloppy code. */
    private Statement parseIfBranch() {
        if (isWord("function") && !strict) {
            enterScope(0);
            Statement s = parseFunctionDeclaration(tok.start, false, true);
            exitScope();
            return s;
        }
        return parseStatement(true);
    }

    private Statement parseLoopBody() {
        fn.iterationDepth++;
        fn.breakableDepth++;
        try {
            if (isWord("function")) {
                throw error(
                        tok.start,
                        strict
                                ? "In strict mode code, functions can only be declared at top level or inside a block."
                                : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
            }
            return parseStatement(true);
        } finally {
            fn.iterationDepth--;
            fn.breakableDepth--;
        }
    }

    private WhileStatement parseWhile() {
        int start = tok.start;
        next();
        expect("(");
        Expression test = parseExpression(false);
        expect(")");
        Statement body = parseLoopBody();
        return new WhileStatement(spanFrom(start), test, body);
    }

    private DoWhileStatement parseDoWhile() {
        int start = tok.start;
        next();
        Statement body = parseLoopBody();
        expectWord("while");
        expect("(");
        Expression test = parseExpression(false);
        expect(")");
        eat(";"); // ES2015: a semicolon after do-while is always optional
        return new DoWhileStatement(spanFrom(start), body, test);
    }

    private Statement parseFor() {
        int start = tok.start;
        next();
        boolean isAwait = false;
        if (isWord("await")) {
            if (!(fn.isAsync || (module && fn.outer == null))) {
                throw unexpected();
            }
            isAwait = true;
            next();
        }
        expect("(");
        enterScope(0);
        try {
            Node init = null;
            if (is(";")) {
                if (isAwait) {
                    throw unexpected();
                }
            } else if (isWord("var") || isWord("const") || isLetInForHead()) {
                VariableDeclaration declaration = parseVariableDeclarationList(true, true);
                if (isWord("of") || isWord("in")) {
                    boolean of = isWord("of");
                    String loop = of ? "for-of" : "for-in";
                    VariableDeclarator d = declaration.declarations().getFirst();
                    if (declaration.declarations().size() != 1) {
                        throw error(d, "Invalid left-hand side in " + loop + " loop: Must have a single binding.");
                    }
                    if (d.init() != null
                            && (of
                                    || strict
                                    || declaration.kind() != VariableKind.VAR
                                    || !(d.id() instanceof Identifier))) {
                        throw error(d, loop + " loop variable declaration may not have an initializer.");
                    }
                    return parseForInOf(start, declaration, of, isAwait);
                }
                init = declaration;
            } else {
                boolean startsWithLet = isWord("let");
                int headStart = tok.start;
                boolean startsWithAsync = isWord("async") && !tok.escaped;
                CoverErrors errors = new CoverErrors();
                Expression expression = parseExpressionCover(true, errors);
                if (isWord("of") || isWord("in")) {
                    boolean of = isWord("of");
                    if (of && startsWithLet) {
                        throw unexpected();
                    }
                    if (of && startsWithAsync && !isAwait && expression instanceof Identifier) {
                        throw error(headStart, "The left-hand side of a for-of loop may not be 'async'.");
                    }
                    Pattern target = toAssignmentTarget(expression, of ? "for-of" : "for-in");
                    return parseForInOf(start, target, of, isAwait);
                }
                errors.check(this);
                init = expression;
            }
            if (isAwait) {
                throw unexpected();
            }
            expect(";");
            Expression test = is(";") ? null : parseExpression(false);
            expect(";");
            Expression update = is(")") ? null : parseExpression(false);
            expect(")");
            Statement body = parseLoopBody();
            return new ForStatement(spanFrom(start), init, test, update, body);
        } finally {
            exitScope();
        }
    }

    private boolean isLetInForHead() {
        if (!isWord("let")) {
            return false;
        }
        // ForInOfStatement forbids a left side starting with `let` before `of`, so `let of` declares `of`;
        // only `let in` (sloppy for-in over a variable named let) keeps let an identifier.
        Token after = peek();
        return strict
                || isPunct(after, "[")
                || isPunct(after, "{")
                || (after.type == Type.NAME && !isWord(after, "in"));
    }

    private Statement parseForInOf(int start, Node left, boolean of, boolean isAwait) {
        if (isAwait && !of) {
            throw unexpected();
        }
        next();
        Expression right = of ? parseAssign(false) : parseExpression(false);
        expect(")");
        Statement body = parseLoopBody();
        return of
                ? new ForOfStatement(spanFrom(start), left, right, body, isAwait)
                : new ForInStatement(spanFrom(start), left, right, body);
    }

    private ReturnStatement parseReturn() {
        int start = tok.start;
        if (!fn.returnAllowed) {
            throw error(start, "Illegal return statement");
        }
        next();
        Expression argument = null;
        if (!eat(";") && !canInsertSemicolon()) {
            argument = parseExpression(false);
            semicolon();
        }
        return new ReturnStatement(spanFrom(start), argument);
    }

    private Statement parseBreakContinue() {
        int start = tok.start;
        boolean isBreak = tok.value.equals("break");
        next();
        Identifier label = null;
        if (tok.type == Type.NAME && !tok.newlineBefore && !isReservedHere(tok)) {
            label = identifierFrom(tok);
            next();
            Label found = null;
            for (Label l : fn.labels) {
                if (l.name().equals(label.name())) {
                    found = l;
                }
            }
            if (found == null) {
                throw error(label, "Undefined label '" + label.name() + "'");
            }
            if (!isBreak && !found.loop()) {
                throw error(
                        label,
                        "Illegal continue statement: '" + label.name() + "' does not denote an iteration statement");
            }
        } else if (isBreak && fn.breakableDepth == 0) {
            throw error(start, "Illegal break statement");
        } else if (!isBreak && fn.iterationDepth == 0) {
            throw error(start, "Illegal continue statement: no surrounding iteration statement");
        }
        semicolon();
        return isBreak ? new BreakStatement(spanFrom(start), label) : new ContinueStatement(spanFrom(start), label);
    }

    private ThrowStatement parseThrow() {
        int start = tok.start;
        next();
        if (tok.newlineBefore) {
            throw error(start, "Illegal newline after throw");
        }
        Expression argument = parseExpression(false);
        semicolon();
        return new ThrowStatement(spanFrom(start), argument);
    }

    private TryStatement parseTry() {
        int start = tok.start;
        next();
        BlockStatement block = parseBlock(true);
        CatchClause handler = null;
        if (isWord("catch")) {
            int catchStart = tok.start;
            next();
            Pattern param = null;
            if (eat("(")) {
                param = parseBindingTarget(Binding.NONE);
                boolean simple = param instanceof Identifier;
                enterScope(simple ? SCOPE_SIMPLE_CATCH : 0);
                if (simple) {
                    declare((Identifier) param, Binding.SIMPLE_CATCH);
                } else {
                    declarePattern(param, Binding.LEXICAL);
                }
                expect(")");
            } else {
                enterScope(0);
            }
            BlockStatement body = parseBlock(false);
            exitScope();
            handler = new CatchClause(spanFrom(catchStart), param, body);
        }
        BlockStatement finalizer = null;
        if (eatWord("finally")) {
            finalizer = parseBlock(true);
        }
        if (handler == null && finalizer == null) {
            throw error(lastStart, "Missing catch or finally after try");
        }
        return new TryStatement(spanFrom(start), block, handler, finalizer);
    }

    private SwitchStatement parseSwitch() {
        int start = tok.start;
        next();
        expect("(");
        Expression discriminant = parseExpression(false);
        expect(")");
        expect("{");
        enterScope(0);
        fn.breakableDepth++;
        List<SwitchCase> cases = new ArrayList<>();
        boolean sawDefault = false;
        while (!eat("}")) {
            int caseStart = tok.start;
            Expression test = null;
            if (eatWord("case")) {
                test = parseExpression(false);
            } else if (isWord("default")) {
                if (sawDefault) {
                    throw error(tok.start, "More than one default clause in switch statement");
                }
                sawDefault = true;
                next();
            } else {
                throw unexpected();
            }
            expect(":");
            List<Statement> consequent = new ArrayList<>();
            while (!is("}") && !isWord("case") && !isWord("default")) {
                if (tok.type == Type.EOF) {
                    throw unexpected();
                }
                consequent.add(parseStatementListItem());
            }
            cases.add(new SwitchCase(spanFrom(caseStart), test, consequent));
        }
        fn.breakableDepth--;
        exitScope();
        return new SwitchStatement(spanFrom(start), discriminant, cases);
    }

    /** {@code single}: the labeled statement is itself the body of a loop or if, where no function may stand. */
    private LabeledStatement parseLabeled(boolean single) {
        int start = tok.start;
        Identifier label = parseIdentifierReference();
        expect(":");
        for (Label l : fn.labels) {
            if (l.name().equals(label.name())) {
                throw error(label, "Label '" + label.name() + "' has already been declared");
            }
        }
        boolean loop = isWord("for") || isWord("while") || isWord("do");
        fn.labels.add(new Label(label.name(), loop));
        fn.breakableDepth++;
        try {
            Statement body;
            if (isWord("function")) {
                if (strict) {
                    throw error(
                            tok.start,
                            "In strict mode code, functions can only be declared at top level or inside a block.");
                }
                if (single) {
                    throw error(
                            tok.start,
                            "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
                }
                body = parseFunctionDeclaration(tok.start, false, true);
            } else {
                body = parseStatement(true);
            }
            return new LabeledStatement(spanFrom(start), label, body);
        } finally {
            fn.breakableDepth--;
            fn.labels.removeLast();
        }
    }

    // ==== functions =======================================================================================

    private FunctionDeclaration parseFunctionDeclaration(int start, boolean isAsync, boolean annexB) {
        expectWord("function");
        boolean isGenerator = eat("*");
        if (annexB && (isAsync || isGenerator)) {
            throw error(
                    isGenerator ? lastStart : start,
                    "Generators can only be declared at the top level or inside a block.");
        }
        Identifier id = null;
        if (tok.type == Type.NAME) {
            id = parseBindingIdentifierName();
        } else if (!is("(")) {
            throw unexpected();
        }
        if (id == null) {
            throw unexpected();
        }
        Binding binding = (strict || isGenerator || isAsync)
                ? (functionsAreVarLike(scope) ? Binding.VAR : Binding.LEXICAL)
                : Binding.FUNCTION;
        declare(id, binding);
        FunctionParts parts = parseFunctionRest(id, isAsync, isGenerator, false, false, false);
        return new FunctionDeclaration(spanFrom(start), id, parts.params, parts.body, isAsync, isGenerator);
    }

    /** {@code [async] function [*] [name] (params) { body }} in expression position. */
    private FunctionExpression parseFunctionExpression(int start, boolean isAsync) {
        expectWord("function");
        boolean isGenerator = eat("*");
        Identifier id = null;
        if (!is("(")) {
            // The name of a function expression follows the function's own async/generator rules.
            FunctionContext saved = fn;
            fn = new FunctionContext(saved, isAsync, isGenerator, false);
            try {
                id = parseBindingIdentifierName();
            } finally {
                fn = saved;
            }
        }
        FunctionParts parts = parseFunctionRest(id, isAsync, isGenerator, false, false, false);
        return new FunctionExpression(spanFrom(start), id, parts.params, parts.body, isAsync, isGenerator);
    }

    private record FunctionParts(List<Pattern> params, BlockStatement body) {}

    /**
     * Parameters and body of a function, method or accessor, in a fresh function context. {@code method}
     * allows {@code super.x}; {@code constructorOfDerived} allows {@code super()}.
     */
    private FunctionParts parseFunctionRest(
            Identifier id,
            boolean isAsync,
            boolean isGenerator,
            boolean method,
            boolean constructorOfDerived,
            boolean uniqueParams) {
        enter();
        FunctionContext saved = fn;
        boolean savedStrict = strict;
        fn = new FunctionContext(saved, isAsync, isGenerator, false);
        fn.superProperty = method;
        fn.superCall = constructorOfDerived;
        fn.newTarget = true;
        enterScope(SCOPE_FUNCTION | SCOPE_VAR);
        try {
            List<Pattern> params = parseFormalParameters();
            int bodyStart = tok.start;
            fn.bodyStart = bodyStart;
            expect("{");
            List<Statement> statements = parseBodyItems(true, false);
            expect("}");
            BlockStatement body = new BlockStatement(spanFrom(bodyStart), statements);
            checkFunctionEarlyErrors(id, params, statements, uniqueParams || method);
            return new FunctionParts(params, body);
        } finally {
            exitScope();
            fn = saved;
            strict = savedStrict;
            exit();
        }
    }

    private List<Pattern> parseFormalParameters() {
        expect("(");
        fn.inParameters = true;
        List<Pattern> params = new ArrayList<>();
        while (!is(")")) {
            int start = tok.start;
            if (eat("...")) {
                Pattern target = parseBindingTarget(Binding.NONE);
                if (is("=")) {
                    throw error(tok.start, "Rest parameter may not have a default initializer");
                }
                params.add(new RestElement(spanFrom(start), target));
                if (!is(")")) {
                    throw error(tok.start, "Rest parameter must be last formal parameter");
                }
                break;
            }
            params.add(parseBindingElement(Binding.NONE));
            if (!is(")")) {
                expect(",");
            }
        }
        next();
        fn.inParameters = false;
        for (Pattern p : params) {
            declarePattern(p, Binding.PARAM);
        }
        return params;
    }

    private static boolean isSimpleParameterList(List<Pattern> params) {
        for (Pattern p : params) {
            if (!(p instanceof Identifier)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks that need the whole function, since a {@code 'use strict'} in the body applies to its name and
     * parameters too.
     */
    private void checkFunctionEarlyErrors(
            Identifier id, List<Pattern> params, List<Statement> body, boolean uniqueParams) {
        boolean simple = isSimpleParameterList(params);
        boolean hasUseStrict = false;
        for (Statement s : body) {
            if (s instanceof Directive d
                    && (d.raw().equals("'use strict'") || d.raw().equals("\"use strict\""))) {
                hasUseStrict = true;
                if (!simple) {
                    throw error(d, "Illegal 'use strict' directive in function with non-simple parameter list");
                }
            }
            if (!(s instanceof Directive)) {
                break;
            }
        }
        if (strict) {
            if (id != null) {
                checkStrictBindingName(id);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Identifier name : boundNames(params)) {
            if (strict) {
                checkStrictBindingName(name);
            }
            if (!seen.add(name.name()) && (strict || uniqueParams || !simple)) {
                throw error(name, "Duplicate parameter name not allowed in this context");
            }
        }
        if (hasUseStrict && !simple) {
            throw error(params.getFirst(), "Illegal 'use strict' directive in function with non-simple parameter list");
        }
    }

    private void checkStrictBindingName(Identifier id) {
        String name = id.name();
        if (name.equals("eval") || name.equals("arguments")) {
            throw error(id, "Unexpected eval or arguments in strict mode");
        }
        if (STRICT_RESERVED.contains(name)) {
            throw error(id, "Unexpected strict mode reserved word");
        }
    }

    private static List<Identifier> boundNames(List<? extends Node> patterns) {
        List<Identifier> names = new ArrayList<>();
        for (Node p : patterns) {
            collectBoundNames(p, names);
        }
        return names;
    }

    private static void collectBoundNames(Node p, List<Identifier> out) {
        switch (p) {
            case Identifier id -> out.add(id);
            case AssignmentPattern ap -> collectBoundNames(ap.left(), out);
            case RestElement r -> collectBoundNames(r.argument(), out);
            case ArrayPattern ap -> ap.elements().forEach(e -> collectBoundNames(e, out));
            case ObjectPattern op -> {
                for (ObjectPatternMember m : op.properties()) {
                    if (m instanceof AssignmentProperty prop) {
                        collectBoundNames(prop.value(), out);
                    } else {
                        collectBoundNames(m, out);
                    }
                }
            }
            default -> {}
        }
    }

    private void declarePattern(Node pattern, Binding binding) {
        for (Identifier id : boundNames(List.of(pattern))) {
            declare(id, binding);
        }
    }

    // ==== binding patterns ================================================================================

    /** A binding identifier or destructuring pattern, declared in the current scope with {@code binding}. */
    private Pattern parseBindingTarget(Binding binding) {
        enter();
        try {
            Pattern target;
            if (is("[")) {
                target = parseArrayBindingPattern(binding);
            } else if (is("{")) {
                target = parseObjectBindingPattern(binding);
            } else {
                Identifier id = parseBindingIdentifierName();
                declare(id, binding);
                target = id;
            }
            return target;
        } finally {
            exit();
        }
    }

    /** A binding target with an optional default: {@code x = 1}, {@code [a] = []}. */
    private Pattern parseBindingElement(Binding binding) {
        int start = tok.start;
        Pattern target = parseBindingTarget(binding);
        if (eat("=")) {
            Expression init = parseAssign(false);
            return new AssignmentPattern(spanFrom(start), target, init);
        }
        return target;
    }

    private ArrayPattern parseArrayBindingPattern(Binding binding) {
        int start = tok.start;
        expect("[");
        List<Pattern> elements = new ArrayList<>();
        while (!is("]")) {
            if (is(",")) {
                elements.add(new Elision(Span.of(source, tok.start, tok.start)));
                next();
                continue;
            }
            int elementStart = tok.start;
            if (eat("...")) {
                Pattern target = parseBindingTarget(binding);
                elements.add(new RestElement(spanFrom(elementStart), target));
                if (!is("]")) {
                    throw error(elementStart, "Rest element must be last element");
                }
                break;
            }
            elements.add(parseBindingElement(binding));
            if (!is("]")) {
                expect(",");
            }
        }
        expect("]");
        return new ArrayPattern(spanFrom(start), elements);
    }

    private ObjectPattern parseObjectBindingPattern(Binding binding) {
        int start = tok.start;
        expect("{");
        List<ObjectPatternMember> properties = new ArrayList<>();
        while (!is("}")) {
            int propStart = tok.start;
            if (eat("...")) {
                Identifier id = parseBindingIdentifierName();
                declare(id, binding);
                properties.add(new RestElement(spanFrom(propStart), id));
                if (!is("}")) {
                    throw error(id, "Rest element must be last element");
                }
                break;
            }
            boolean computed = is("[");
            Token keyToken = tok;
            Expression key = parsePropertyKey();
            Pattern value;
            boolean shorthand = false;
            if (eat(":")) {
                value = parseBindingElement(binding);
            } else {
                if (computed || !(key instanceof Identifier keyName)) {
                    throw unexpected();
                }
                Identifier id = checkBindingIdentifier(keyToken, keyName);
                declare(id, binding);
                shorthand = true;
                value = id;
                if (eat("=")) {
                    value = new AssignmentPattern(spanFrom(propStart), id, parseAssign(false));
                }
            }
            properties.add(new AssignmentProperty(spanFrom(propStart), key, value, computed, shorthand));
            if (!is("}")) {
                expect(",");
            }
        }
        expect("}");
        return new ObjectPattern(spanFrom(start), properties);
    }

    /** The name in a binding position, with the reserved-word, strict, await and yield checks. */
    private Identifier parseBindingIdentifierName() {
        if (tok.type != Type.NAME) {
            throw unexpected();
        }
        Token t = tok;
        Identifier id = identifierFrom(t);
        checkBindingIdentifier(t, id);
        next();
        return id;
    }

    private Identifier checkBindingIdentifier(Token t, Identifier id) {
        checkIdentifierReference(t);
        if (strict && (id.name().equals("eval") || id.name().equals("arguments"))) {
            throw error(t.start, "Unexpected eval or arguments in strict mode");
        }
        return id;
    }

    /** Rejects a reserved word where an identifier reference or binding must stand. */
    private void checkIdentifierReference(Token t) {
        String name = t.value;
        if (name.equals("await")) {
            if (fn.isAsync || module) {
                throw unexpected(t);
            }
            if (fn.inStaticBlock) {
                throw unexpected(t);
            }
            return;
        }
        if (name.equals("yield")) {
            if (fn.isGenerator || strict) {
                throw unexpected(t);
            }
            return;
        }
        if (RESERVED.contains(name) || (strict && STRICT_RESERVED.contains(name))) {
            throw unexpected(t);
        }
        if (name.equals("arguments") && fn.inClassFieldInit) {
            throw error(
                    t.start, "'arguments' is not allowed in class field initializer or static initialization block");
        }
    }

    private Identifier identifierFrom(Token t) {
        return new Identifier(Span.of(source, t.start, t.end), t.value);
    }

    private Identifier parseIdentifierReference() {
        if (tok.type != Type.NAME) {
            throw unexpected();
        }
        checkIdentifierReference(tok);
        Identifier id = identifierFrom(tok);
        next();
        return id;
    }

    // ==== classes =========================================================================================

    private ClassDeclaration parseClassDeclaration(boolean defaultExport) {
        int start = tok.start;
        next();
        Identifier id = null;
        if (tok.type == Type.NAME && !isWord("extends")) {
            id = parseClassName();
            declare(id, Binding.LEXICAL);
        } else if (!defaultExport) {
            throw unexpected();
        }
        ClassTail tail = parseClassTail();
        return new ClassDeclaration(spanFrom(start), id, tail.superClass, tail.body);
    }

    private ClassExpression parseClassExpression() {
        int start = tok.start;
        next();
        Identifier id = null;
        if (tok.type == Type.NAME && !isWord("extends")) {
            id = parseClassName();
        }
        ClassTail tail = parseClassTail();
        return new ClassExpression(spanFrom(start), id, tail.superClass, tail.body);
    }

    private Identifier parseClassName() {
        boolean savedStrict = strict;
        strict = true; // class code is strict, its name included
        try {
            return parseBindingIdentifierName();
        } finally {
            strict = savedStrict;
        }
    }

    private record ClassTail(Expression superClass, List<ClassElement> body) {}

    private ClassTail parseClassTail() {
        boolean savedStrict = strict;
        strict = true;
        try {
            Expression superClass = null;
            if (eatWord("extends")) {
                superClass = parseLeftHandSide();
            }
            expect("{");
            ClassContext savedClass = classContext;
            classContext = new ClassContext(savedClass);
            List<ClassElement> body = new ArrayList<>();
            boolean sawConstructor = false;
            while (!eat("}")) {
                if (eat(";")) {
                    continue;
                }
                if (tok.type == Type.EOF) {
                    throw unexpected();
                }
                ClassElement element = parseClassElement(superClass != null);
                if (element instanceof MethodDefinition m && m.kind() == MethodKind.CONSTRUCTOR) {
                    if (sawConstructor) {
                        throw error(m.key(), "A class may only have one constructor");
                    }
                    sawConstructor = true;
                }
                body.add(element);
            }
            for (PrivateUse use : classContext.used) {
                if (!classContext.declared.containsKey(use.id().name())) {
                    if (savedClass == null) {
                        throw error(
                                use.reportAt(),
                                "Private field '#" + use.id().name() + "' must be declared in an enclosing class");
                    }
                    savedClass.used.add(use);
                }
            }
            classContext = savedClass;
            return new ClassTail(superClass, body);
        } finally {
            strict = savedStrict;
        }
    }

    private ClassElement parseClassElement(boolean derived) {
        int start = tok.start;
        if (is("@")) {
            throw JsSyntaxError.unsupported(Span.of(source, tok.start, tok.end), "decorators");
        }
        boolean isStatic = false;
        if (isWord("static")
                && !isPunct(peek(), "(")
                && !isPunct(peek(), "=")
                && !isPunct(peek(), ";")
                && !isPunct(peek(), "}")
                && !peekEndsField()) {
            next();
            isStatic = true;
            if (is("{")) {
                return parseStaticBlock(start);
            }
        }
        boolean isAsync = false;
        boolean isGenerator = false;
        MethodKind kind = MethodKind.METHOD;
        if (isWord("async") && !peek().newlineBefore && isMethodNameStart(peek())) {
            next();
            isAsync = true;
        }
        if (is("*")) {
            next();
            isGenerator = true;
        }
        if (!isAsync && !isGenerator && (isWord("get") || isWord("set")) && isMethodNameStart(peek())) {
            kind = tok.value.equals("get") ? MethodKind.GET : MethodKind.SET;
            next();
        }
        boolean computed = is("[");
        Token keyToken = tok;
        Expression key = parseClassElementKey();
        String keyName = computed ? null : staticKeyName(key);
        boolean isPrivate = key instanceof PrivateIdentifier;

        if (is("(")) {
            if (!computed && !isStatic && !isPrivate && "constructor".equals(keyName)) {
                if (kind != MethodKind.METHOD) {
                    throw error(keyToken.start, "Class constructor may not be an accessor");
                }
                if (isGenerator) {
                    throw error(keyToken.start, "Class constructor may not be a generator");
                }
                if (isAsync) {
                    throw error(keyToken.start, "Class constructor may not be an async method");
                }
                kind = MethodKind.CONSTRUCTOR;
            }
            if (isStatic && !computed && "prototype".equals(keyName) && !isPrivate) {
                throw error(keyToken.start, "Classes may not have a static property named 'prototype'");
            }
            if (isPrivate && ((PrivateIdentifier) key).name().equals("constructor")) {
                throw error(key, "Class constructor may not be a private method");
            }
            int fnStart = tok.start;
            FunctionParts parts = parseFunctionRest(
                    null, isAsync, isGenerator, true, kind == MethodKind.CONSTRUCTOR && derived, true);
            checkAccessorArity(kind, parts.params, fnStart);
            if (isPrivate) {
                declarePrivate((PrivateIdentifier) key, kind, isStatic);
            }
            FunctionExpression value =
                    new FunctionExpression(spanFrom(fnStart), null, parts.params, parts.body, isAsync, isGenerator);
            return new MethodDefinition(spanFrom(start), key, value, kind, computed, isStatic);
        }
        if (isAsync || isGenerator || kind != MethodKind.METHOD) {
            throw unexpected();
        }
        // A field.
        if (!computed && "constructor".equals(keyName) && !isPrivate) {
            throw error(keyToken.start, "Classes may not have a field named 'constructor'");
        }
        if (isStatic && !computed && ("prototype".equals(keyName) || "constructor".equals(keyName)) && !isPrivate) {
            throw error(keyToken.start, "Classes may not have a static property named '" + keyName + "'");
        }
        Expression value = null;
        if (eat("=")) {
            FunctionContext saved = fn;
            fn = new FunctionContext(saved, false, false, false);
            fn.superProperty = true;
            fn.newTarget = true;
            fn.inClassFieldInit = true;
            fn.returnAllowed = false;
            enterScope(SCOPE_FUNCTION | SCOPE_VAR);
            try {
                value = parseAssign(false);
            } finally {
                exitScope();
                fn = saved;
            }
        }
        semicolon();
        if (isPrivate) {
            declarePrivate((PrivateIdentifier) key, MethodKind.METHOD, isStatic);
        }
        return new PropertyDefinition(spanFrom(start), key, value, computed, isStatic);
    }

    /** After {@code static}: is the next token the end of a field named {@code static}? */
    private boolean peekEndsField() {
        Token after = peek();
        return after.newlineBefore
                && !(after.type == Type.NAME
                        || after.type == Type.PRIVATE_NAME
                        || after.type == Type.STRING
                        || after.type == Type.NUMBER
                        || isPunct(after, "[")
                        || isPunct(after, "*")
                        || isPunct(after, "{"));
    }

    private static boolean isMethodNameStart(Token t) {
        return t.type == Type.NAME
                || t.type == Type.STRING
                || t.type == Type.NUMBER
                || t.type == Type.PRIVATE_NAME
                || isPunct(t, "[")
                || isPunct(t, "*");
    }

    private StaticBlock parseStaticBlock(int start) {
        FunctionContext saved = fn;
        fn = new FunctionContext(saved, false, false, false);
        fn.superProperty = true;
        fn.newTarget = true;
        fn.inClassFieldInit = true;
        fn.inStaticBlock = true;
        fn.returnAllowed = false;
        enterScope(SCOPE_FUNCTION | SCOPE_VAR);
        try {
            expect("{");
            List<Statement> body = new ArrayList<>();
            while (!is("}")) {
                if (tok.type == Type.EOF) {
                    throw unexpected();
                }
                body.add(parseStatementListItem());
            }
            next();
            return new StaticBlock(spanFrom(start), body);
        } finally {
            exitScope();
            fn = saved;
        }
    }

    private void declarePrivate(PrivateIdentifier key, MethodKind kind, boolean isStatic) {
        if (key.name().equals("constructor")) {
            throw error(key, "Classes may not have a private field named '#constructor'");
        }
        String tag = (isStatic ? "static " : "") + kind;
        String previous = classContext.declared.get(key.name());
        boolean accessorPair = previous != null
                && ((previous.endsWith("GET") && kind == MethodKind.SET)
                        || (previous.endsWith("SET") && kind == MethodKind.GET))
                && previous.startsWith("static ") == isStatic;
        if (previous != null && !accessorPair) {
            // V8 notices the clash when the element ends.
            throw error(lastStart, "Identifier '#" + key.name() + "' has already been declared");
        }
        classContext.declared.put(key.name(), accessorPair ? tag + "+PAIR" : tag);
    }

    private Expression parseClassElementKey() {
        if (tok.type == Type.PRIVATE_NAME) {
            PrivateIdentifier id = new PrivateIdentifier(Span.of(source, tok.start, tok.end), tok.value);
            next();
            return id;
        }
        return parsePropertyKey();
    }

    private static String staticKeyName(Expression key) {
        return switch (key) {
            case Identifier id -> id.name();
            case StringLiteral s -> s.value();
            default -> null;
        };
    }

    private void checkAccessorArity(MethodKind kind, List<Pattern> params, int at) {
        if (kind == MethodKind.GET && !params.isEmpty()) {
            throw error(at, "Getter must not have any formal parameters.");
        }
        if (kind == MethodKind.SET) {
            if (params.size() != 1) {
                throw error(at, "Setter must have exactly one formal parameter.");
            }
            if (params.getFirst() instanceof RestElement) {
                throw error(at, "Setter function argument must not be a rest parameter");
            }
        }
    }

    /** An identifier name (keywords allowed), string, number or {@code [computed]} key. */
    private Expression parsePropertyKey() {
        int start = tok.start;
        switch (tok.type) {
            case NAME -> {
                Identifier id = identifierFrom(tok);
                next();
                return id;
            }
            case STRING -> {
                checkLegacyOctal(tok);
                StringLiteral s = new StringLiteral(Span.of(source, tok.start, tok.end), tok.value);
                next();
                return s;
            }
            case NUMBER -> {
                return parseNumericLiteral();
            }
            case PUNCTUATOR -> {
                if (eat("[")) {
                    Expression key = parseAssign(false);
                    expect("]");
                    return key;
                }
                throw unexpected();
            }
            default -> throw unexpected();
        }
    }

    // ==== modules =========================================================================================

    private ImportDeclaration parseImportDeclaration() {
        int start = tok.start;
        next();
        List<ImportClause> specifiers = new ArrayList<>();
        if (tok.type != Type.STRING) {
            if (tok.type == Type.NAME) {
                Identifier local = parseBindingIdentifierName();
                declareImport(local, start);
                specifiers.add(new ImportDefaultSpecifier(local.span(), local));
                if (!eat(",")) {
                    expectFrom();
                    return finishImport(start, specifiers);
                }
            }
            if (is("*")) {
                int nsStart = tok.start;
                next();
                expectWord("as");
                Identifier local = parseBindingIdentifierName();
                declareImport(local, start);
                specifiers.add(new ImportNamespaceSpecifier(spanFrom(nsStart), local));
            } else if (eat("{")) {
                while (!eat("}")) {
                    int specStart = tok.start;
                    Token importedToken = tok;
                    Expression imported = parseModuleExportName();
                    Identifier local;
                    if (eatWord("as")) {
                        rejectReservedModuleName(tok);
                        local = parseBindingIdentifierName();
                    } else {
                        if (!(imported instanceof Identifier id)) {
                            throw unexpected();
                        }
                        rejectReservedModuleName(importedToken);
                        local = checkBindingIdentifier(importedToken, id);
                    }
                    declareImport(local, start);
                    specifiers.add(new ImportSpecifier(spanFrom(specStart), imported, local));
                    if (!is("}")) {
                        expect(",");
                    }
                }
            } else {
                throw unexpected();
            }
            expectFrom();
        }
        return finishImport(start, specifiers);
    }

    /** An import binding; V8 reports a clash at the {@code import} keyword of the later declaration. */
    private void declareImport(Identifier local, int importStart) {
        try {
            declare(local, Binding.LEXICAL);
        } catch (JsSyntaxError e) {
            throw error(importStart, e.getMessage());
        }
    }

    /** A reserved word where a module binding or exported local must stand. */
    private void rejectReservedModuleName(Token t) {
        if (t.type == Type.NAME && (RESERVED.contains(t.value) || STRICT_RESERVED.contains(t.value))) {
            throw error(t.start, "Unexpected reserved word");
        }
    }

    private void expectFrom() {
        if (!isWord("from")) {
            throw unexpected();
        }
        next();
    }

    private ImportDeclaration finishImport(int start, List<ImportClause> specifiers) {
        StringLiteral from = parseModuleSpecifier();
        skipImportAttributes();
        semicolon();
        return new ImportDeclaration(spanFrom(start), specifiers, from);
    }

    /** {@code with { type: 'json' }} (or the older {@code assert}) is read and dropped: built-in modules take none. */
    private void skipImportAttributes() {
        if ((isWord("with") || (isWord("assert") && !tok.newlineBefore)) && isPunct(peek(), "{")) {
            next();
            next();
            while (!eat("}")) {
                parsePropertyKey();
                expect(":");
                if (tok.type != Type.STRING) {
                    throw unexpected();
                }
                next();
                if (!is("}")) {
                    expect(",");
                }
            }
        }
    }

    private StringLiteral parseModuleSpecifier() {
        if (tok.type != Type.STRING) {
            throw unexpected();
        }
        StringLiteral s = new StringLiteral(Span.of(source, tok.start, tok.end), tok.value);
        next();
        return s;
    }

    /** An export/import name: an identifier name (keywords allowed) or a string. */
    private Expression parseModuleExportName() {
        if (tok.type == Type.STRING) {
            return parseModuleSpecifier();
        }
        if (tok.type != Type.NAME) {
            throw unexpected();
        }
        Identifier id = identifierFrom(tok);
        next();
        return id;
    }

    private static String exportName(Expression e) {
        return e instanceof Identifier id ? id.name() : ((StringLiteral) e).value();
    }

    /** Records an exported name; {@code at} is where V8 points at a duplicate (specifier or declaration start). */
    private void addExport(String name, int at) {
        if (exportedNames.putIfAbsent(name, at) != null) {
            throw error(at, "Duplicate export of '" + name + "'");
        }
    }

    private Statement parseExportDeclaration() {
        int start = tok.start;
        next();
        if (is("*")) {
            next();
            Expression exported = null;
            if (eatWord("as")) {
                exported = parseModuleExportName();
                addExport(exportName(exported), exported.span().start());
            }
            expectFrom();
            StringLiteral from = parseModuleSpecifier();
            skipImportAttributes();
            semicolon();
            return new ExportAllDeclaration(spanFrom(start), exported, from);
        }
        if (isWord("default")) {
            int defaultAt = tok.start;
            next();
            addExport("default", defaultAt);
            Node declaration;
            if (isWord("function") || (isWord("async") && isWord(peek(), "function") && !peek().newlineBefore)) {
                int fnStart = tok.start;
                boolean isAsync = eatWord("async");
                expectWord("function");
                boolean isGenerator = eat("*");
                Identifier id = null;
                if (tok.type == Type.NAME) {
                    id = parseBindingIdentifierName();
                    declare(id, Binding.LEXICAL);
                }
                FunctionParts parts = parseFunctionRest(id, isAsync, isGenerator, false, false, false);
                declaration =
                        new FunctionDeclaration(spanFrom(fnStart), id, parts.params, parts.body, isAsync, isGenerator);
            } else if (isWord("class")) {
                declaration = parseClassDeclaration(true);
            } else {
                declaration = parseAssign(false);
                semicolon();
            }
            return new ExportDefaultDeclaration(spanFrom(start), declaration);
        }
        if (eat("{")) {
            List<ExportSpecifier> specifiers = new ArrayList<>();
            List<Token> localTokens = new ArrayList<>();
            while (!eat("}")) {
                int specStart = tok.start;
                localTokens.add(tok);
                Expression local = parseModuleExportName();
                Expression exported = local;
                if (eatWord("as")) {
                    exported = parseModuleExportName();
                }
                addExport(exportName(exported), specStart);
                specifiers.add(new ExportSpecifier(spanFrom(specStart), local, exported));
                if (!is("}")) {
                    expect(",");
                }
            }
            StringLiteral from = null;
            if (isWord("from")) {
                next();
                from = parseModuleSpecifier();
                skipImportAttributes();
            } else {
                for (int i = 0; i < specifiers.size(); i++) {
                    Expression local = specifiers.get(i).local();
                    if (!(local instanceof Identifier id)) {
                        throw error(local, "Unexpected string");
                    }
                    rejectReservedModuleName(localTokens.get(i));
                    checkIdentifierReference(localTokens.get(i));
                    exportedLocals.add(id);
                }
            }
            semicolon();
            return new ExportNamedDeclaration(spanFrom(start), null, specifiers, from);
        }
        Statement declaration;
        int declarationStart = tok.start;
        if (isWord("var") || isWord("let") || isWord("const")) {
            declaration = parseVariableStatement();
            for (VariableDeclarator d : ((VariableDeclaration) declaration).declarations()) {
                for (Identifier id : boundNames(List.of(d.id()))) {
                    addExport(id.name(), declarationStart);
                }
            }
        } else if (isWord("function") || (isWord("async") && isWord(peek(), "function"))) {
            int fnStart = tok.start;
            boolean isAsync = eatWord("async");
            FunctionDeclaration f = parseFunctionDeclaration(fnStart, isAsync, false);
            addExport(f.id().name(), declarationStart);
            declaration = f;
        } else if (isWord("class")) {
            ClassDeclaration c = parseClassDeclaration(false);
            addExport(c.id().name(), declarationStart);
            declaration = c;
        } else {
            throw unexpected();
        }
        return new ExportNamedDeclaration(spanFrom(start), declaration, List.of(), null);
    }

    // ==== expressions =====================================================================================

    /**
     * Problems in an expression that disappear if it turns out to be a pattern: {@code {a = 1}} is only
     * valid as a destructuring target, and duplicate {@code __proto__} only outside one.
     */
    private static final class CoverErrors {
        int shorthandAssign = -1;
        int doubleProto = -1;

        void absorb(CoverErrors inner) {
            if (shorthandAssign < 0) {
                shorthandAssign = inner.shorthandAssign;
            }
            if (doubleProto < 0) {
                doubleProto = inner.doubleProto;
            }
        }

        void check(Parser p) {
            if (shorthandAssign >= 0) {
                throw p.error(shorthandAssign, "Invalid shorthand property initializer");
            }
            if (doubleProto >= 0) {
                throw p.error(doubleProto, "Duplicate __proto__ fields are not allowed in object literals");
            }
        }
    }

    /** Array literals written with a comma after a spread ({@code [...a,]}): not a valid rest pattern. */
    private final Set<Node> spreadWithTrailingComma = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private Expression parseExpression(boolean noIn) {
        CoverErrors errors = new CoverErrors();
        Expression e = parseExpressionCover(noIn, errors);
        errors.check(this);
        return e;
    }

    private Expression parseExpressionCover(boolean noIn, CoverErrors errors) {
        int start = tok.start;
        Expression first = parseAssignCover(noIn, errors);
        if (!is(",")) {
            return first;
        }
        List<Expression> list = new ArrayList<>();
        list.add(first);
        while (eat(",")) {
            list.add(parseAssignCover(noIn, errors));
        }
        return new SequenceExpression(spanFrom(start), list);
    }

    private Expression parseAssign(boolean noIn) {
        CoverErrors errors = new CoverErrors();
        Expression e = parseAssignCover(noIn, errors);
        errors.check(this);
        return e;
    }

    private static boolean isAssignOperator(String op) {
        return switch (op) {
            case "=",
                    "+=",
                    "-=",
                    "*=",
                    "/=",
                    "%=",
                    "**=",
                    "<<=",
                    ">>=",
                    ">>>=",
                    "&=",
                    "|=",
                    "^=",
                    "&&=",
                    "||=",
                    "??=" -> true;
            default -> false;
        };
    }

    /**
     * An AssignmentExpression. Cover errors of an object or array literal are passed out to {@code outer},
     * which may still turn it into a pattern; anything else is checked here.
     */
    private Expression parseAssignCover(boolean noIn, CoverErrors outer) {
        enter();
        try {
            if (isWord("yield") && fn.isGenerator) {
                return parseYield(noIn);
            }
            int start = tok.start;
            CoverErrors own = new CoverErrors();
            Expression left = parseConditional(noIn, own);
            if (is("=>") && !tok.newlineBefore && !isBareArrow(left)) {
                throw error(startOf(left), "Malformed arrow function parameter list");
            }
            if (tok.type == Type.PUNCTUATOR && isAssignOperator(tok.value)) {
                String op = tok.value;
                Pattern target;
                if (op.equals("=")) {
                    target = toAssignable(left, false, "Invalid left-hand side in assignment", true);
                } else {
                    own.check(this);
                    target = checkSimpleTarget(left, "Invalid left-hand side in assignment");
                }
                next();
                Expression right = parseAssign(noIn);
                return new AssignmentExpression(spanFrom(start), op, target, right);
            }
            if ((left instanceof ObjectExpression || left instanceof ArrayExpression)
                    && !parenthesized.containsKey(left)) {
                outer.absorb(own);
            } else {
                own.check(this);
            }
            return left;
        } finally {
            exit();
        }
    }

    private Expression parseYield(boolean noIn) {
        int start = tok.start;
        if (fn.inParameters) {
            throw error(start, "Yield expression not allowed in formal parameter");
        }
        next();
        boolean delegate = false;
        Expression argument = null;
        if (!tok.newlineBefore && startsYieldOperand()) {
            delegate = eat("*");
            argument = parseAssign(noIn);
        }
        return new YieldExpression(spanFrom(start), argument, delegate);
    }

    private boolean startsYieldOperand() {
        return switch (tok.type) {
            case EOF -> false;
            case PUNCTUATOR ->
                switch (tok.value) {
                    case "(", "[", "{", "+", "-", "!", "~", "++", "--", "/", "/=", "*", "#", "@" -> true;
                    default -> false;
                };
            case NAME -> !isWord("in") && !isWord("of") && !isWord("instanceof");
            default -> true;
        };
    }

    private Expression parseConditional(boolean noIn, CoverErrors errors) {
        int start = tok.start;
        Expression test = parseBinary(noIn, errors);
        if (!is("?") || isBareArrow(test)) {
            return test;
        }
        next();
        Expression consequent = parseAssign(false);
        expect(":");
        Expression alternate = parseAssign(noIn);
        return new ConditionalExpression(spanFrom(start), test, consequent, alternate);
    }

    /** An arrow function not in parentheses: nothing may follow it as an operand. */
    private boolean isBareArrow(Expression e) {
        return e instanceof ArrowFunctionExpression && !parenthesized.containsKey(e);
    }

    private String binaryOperator(boolean noIn) {
        if (tok.type == Type.PUNCTUATOR) {
            return BINARY_PRECEDENCE.containsKey(tok.value) ? tok.value : null;
        }
        if (isWord("instanceof") || (isWord("in") && !noIn)) {
            return tok.value;
        }
        return null;
    }

    private Expression parseBinary(boolean noIn, CoverErrors errors) {
        Expression left = parseUnary(errors);
        if (isBareArrow(left)) {
            return left;
        }
        if (left instanceof PrivateIdentifier && !(isWord("in") && !noIn)) {
            throw error(left, "Unexpected identifier '#" + ((PrivateIdentifier) left).name() + "'");
        }
        return parseBinaryRest(left, 0, null, noIn);
    }

    /** Precedence climbing: extends {@code left} with operators binding tighter than {@code minPrecedence}. */
    private Expression parseBinaryRest(Expression left, int minPrecedence, String parentOp, boolean noIn) {
        enter();
        try {
            while (true) {
                String op = binaryOperator(noIn);
                if (op == null) {
                    return left;
                }
                int precedence = BINARY_PRECEDENCE.get(op);
                if (precedence <= minPrecedence) {
                    return left;
                }
                boolean logicalAndOr = op.equals("||") || op.equals("&&");
                if (op.equals("??") && isUnparenthesizedLogical(left, "||", "&&")
                        || logicalAndOr && ("??".equals(parentOp) || isUnparenthesizedLogical(left, "??"))) {
                    throw unexpected();
                }
                if (op.equals("**")
                        && (left instanceof UnaryExpression || left instanceof AwaitExpression)
                        && !parenthesized.containsKey(left)) {
                    throw error(
                            left,
                            "Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence");
                }
                next();
                Expression right = parseUnary(null);
                // `a || #x in o`: a private name may open an operand that binds looser than `in`.
                if (right instanceof PrivateIdentifier p
                        && !(precedence < BINARY_PRECEDENCE.get("in") && isWord("in") && !noIn)) {
                    throw error(p, "Unexpected identifier '#" + p.name() + "'");
                }
                if (isBareArrow(right)) {
                    return build(op, left, right);
                }
                // `**` is right-associative: operators of its own level bind to the right operand.
                right = parseBinaryRest(right, op.equals("**") ? precedence - 1 : precedence, op, noIn);
                left = build(op, left, right);
            }
        } finally {
            exit();
        }
    }

    private boolean isUnparenthesizedLogical(Expression e, String... ops) {
        if (e instanceof LogicalExpression l && !parenthesized.containsKey(e)) {
            for (String op : ops) {
                if (l.operator().equals(op)) {
                    return true;
                }
            }
        }
        return false;
    }

    private Expression build(String op, Expression left, Expression right) {
        Span span = Span.of(source, startOf(left), lastEnd);
        if (op.equals("&&") || op.equals("||") || op.equals("??")) {
            return new LogicalExpression(span, op, left, right);
        }
        return new BinaryExpression(span, op, left, right);
    }

    private boolean awaitAllowed() {
        return fn.isAsync || (module && fn.outer == null);
    }

    private Expression parseUnary(CoverErrors errors) {
        int start = tok.start;
        if (tok.type == Type.PUNCTUATOR) {
            switch (tok.value) {
                case "!", "~", "+", "-" -> {
                    String op = tok.value;
                    next();
                    Expression argument = parseNestedUnary();
                    return new UnaryExpression(spanFrom(start), op, argument);
                }
                case "++", "--" -> {
                    String op = tok.value;
                    next();
                    Expression argument = parseNestedUnary();
                    checkSimpleTarget(argument, "Invalid left-hand side expression in prefix operation");
                    return new UpdateExpression(spanFrom(start), op, true, argument);
                }
                default -> {}
            }
        } else if (tok.type == Type.NAME && !tok.escaped) {
            switch (tok.value) {
                case "typeof", "void", "delete" -> {
                    String op = tok.value;
                    next();
                    Expression argument = parseNestedUnary();
                    if (op.equals("delete")) {
                        if (strict && argument instanceof Identifier) {
                            throw error(argument, "Delete of an unqualified identifier in strict mode.");
                        }
                        if (argument instanceof MemberExpression m && m.property() instanceof PrivateIdentifier) {
                            throw error(m.property(), "Private fields can not be deleted");
                        }
                    }
                    return new UnaryExpression(spanFrom(start), op, argument);
                }
                case "await" -> {
                    if (awaitAllowed()) {
                        if (fn.inParameters) {
                            throw error(start, "Illegal await-expression in formal parameters of async function");
                        }
                        next();
                        Expression argument = parseNestedUnary();
                        return new AwaitExpression(spanFrom(start), argument);
                    }
                }
                default -> {}
            }
        }
        Expression expression = parseLeftHandSideCover(errors);
        if ((is("++") || is("--")) && !tok.newlineBefore && !isBareArrow(expression)) {
            String op = tok.value;
            checkSimpleTarget(expression, "Invalid left-hand side expression in postfix operation");
            next();
            return new UpdateExpression(spanFrom(start), op, false, expression);
        }
        return expression;
    }

    /** The operand of a prefix operator: one level of nesting, so {@code !!!…!x} cannot exhaust the stack. */
    private Expression parseNestedUnary() {
        enter();
        try {
            return parseUnary(null);
        } finally {
            exit();
        }
    }

    /** The target of {@code ++}, {@code --} or a compound assignment: an identifier or a member access. */
    private Pattern checkSimpleTarget(Expression e, String message) {
        if (e instanceof Identifier id) {
            if (strict && (id.name().equals("eval") || id.name().equals("arguments"))) {
                throw error(id, "Unexpected eval or arguments in strict mode");
            }
            return id;
        }
        if (e instanceof MemberExpression m) {
            return m;
        }
        throw error(e, message);
    }

    private Expression parseLeftHandSide() {
        return parseLeftHandSideCover(null);
    }

    private Expression parseLeftHandSideCover(CoverErrors errors) {
        int start = tok.start;
        Expression base;
        if (isWord("new")) {
            base = parseNew();
        } else {
            base = parsePrimary(errors);
            if (isBareArrow(base)) {
                return base;
            }
        }
        return parseSubscripts(base, start, false);
    }

    private Expression parseNew() {
        int start = tok.start;
        next();
        if (eat(".")) {
            if (!isWord("target")) {
                throw unexpected();
            }
            next();
            if (!(fn.newTarget || (!module && fn.outer == null))) {
                throw error(lastStart, "new.target expression is not allowed here");
            }
            return new MetaProperty(spanFrom(start), "new", "target");
        }
        Expression callee;
        int calleeStart = tok.start;
        if (isWord("new")) {
            enter();
            try {
                callee = parseNew();
            } finally {
                exit();
            }
        } else {
            if (isWord("import") && isPunct(peek(), "(")) {
                throw error(tok.start, "Cannot use new with import");
            }
            callee = parsePrimary(null);
            if (isBareArrow(callee)) {
                throw unexpected();
            }
        }
        callee = parseSubscripts(callee, calleeStart, true);
        if (callee instanceof Identifier id && id.name().equals("Function")) {
            throw JsSyntaxError.unsupported(id.span(), "new Function (code from strings)");
        }
        List<Expression> arguments = is("(") ? parseArguments(null) : List.of();
        return new NewExpression(spanFrom(start), callee, arguments);
    }

    /** Member accesses, calls, optional chains and tagged templates after {@code base}. */
    private Expression parseSubscripts(Expression base, int start, boolean noCalls) {
        Expression e = base;
        boolean chain = false;
        while (true) {
            if (is(".")) {
                next();
                Expression property = parseMemberName();
                e = new MemberExpression(spanFrom(start), e, property, false, false);
            } else if (is("?.")) {
                if (noCalls) {
                    throw error(tok.start, "Invalid optional chain from new expression");
                }
                if (e instanceof Super) {
                    throw error(e, "'super' keyword unexpected here");
                }
                next();
                chain = true;
                if (is("(")) {
                    List<Expression> arguments = parseArguments(null);
                    e = new CallExpression(spanFrom(start), e, arguments, true);
                } else if (eat("[")) {
                    Expression property = parseExpression(false);
                    expect("]");
                    e = new MemberExpression(spanFrom(start), e, property, true, true);
                } else if (tok.type == Type.TEMPLATE) {
                    throw error(tok.start, "Invalid tagged template on optional chain");
                } else {
                    Expression property = parseMemberName();
                    e = new MemberExpression(spanFrom(start), e, property, false, true);
                }
            } else if (is("[")) {
                next();
                Expression property = parseExpression(false);
                expect("]");
                e = new MemberExpression(spanFrom(start), e, property, true, false);
            } else if (is("(") && !noCalls) {
                if (e instanceof Identifier id && id.name().equals("eval") && !parenthesized.containsKey(e)) {
                    throw JsSyntaxError.unsupported(id.span(), "eval");
                }
                if (e instanceof Identifier id && id.name().equals("Function") && !parenthesized.containsKey(e)) {
                    throw JsSyntaxError.unsupported(id.span(), "Function (code from strings)");
                }
                List<Expression> arguments = parseArguments(null);
                e = new CallExpression(spanFrom(start), e, arguments, false);
            } else if (tok.type == Type.TEMPLATE) {
                if (chain) {
                    throw error(tok.start, "Invalid tagged template on optional chain");
                }
                TemplateLiteral quasi = parseTemplate(true);
                e = new TaggedTemplateExpression(spanFrom(start), e, quasi);
            } else {
                break;
            }
        }
        if (e instanceof Super) {
            throw error(e, "'super' keyword unexpected here");
        }
        return chain ? new ChainExpression(spanFrom(start), e) : e;
    }

    /** After {@code .} or {@code ?.}: an identifier name (keywords allowed) or a private name. */
    private Expression parseMemberName() {
        if (tok.type == Type.NAME) {
            Identifier id = identifierFrom(tok);
            next();
            return id;
        }
        if (tok.type == Type.PRIVATE_NAME) {
            return parsePrivateReference(true);
        }
        throw unexpected();
    }

    /**
     * {@code #name} after {@code .}/{@code ?.} ({@code afterDot}) or before {@code in}. V8 reports an
     * undeclared one at the dot, or for {@code #x in o} at the start of the enclosing function body.
     */
    private PrivateIdentifier parsePrivateReference(boolean afterDot) {
        PrivateIdentifier id = new PrivateIdentifier(Span.of(source, tok.start, tok.end), tok.value);
        int reportAt = afterDot ? lastStart : Math.max(fn.bodyStart, 0);
        if (classContext == null) {
            throw error(reportAt, "Private field '#" + id.name() + "' must be declared in an enclosing class");
        }
        classContext.used.add(new PrivateUse(id, reportAt));
        next();
        return id;
    }

    /** {@code (a, ...b,)}: call arguments, with cover errors passed out for {@code async (…) =>}. */
    private List<Expression> parseArguments(CoverErrors errors) {
        expect("(");
        List<Expression> arguments = new ArrayList<>();
        while (!is(")")) {
            int start = tok.start;
            CoverErrors sink = errors != null ? errors : new CoverErrors();
            if (eat("...")) {
                Expression argument = parseAssignCover(false, sink);
                arguments.add(new SpreadElement(spanFrom(start), argument));
            } else {
                arguments.add(parseAssignCover(false, sink));
            }
            if (errors == null) {
                sink.check(this);
            }
            if (!is(")")) {
                expect(",");
            }
        }
        next();
        return arguments;
    }

    private Expression parsePrimary(CoverErrors errors) {
        int start = tok.start;
        switch (tok.type) {
            case NAME -> {
                return parsePrimaryName(errors);
            }
            case NUMBER -> {
                return parseNumericLiteral();
            }
            case STRING -> {
                checkLegacyOctal(tok);
                StringLiteral s = new StringLiteral(Span.of(source, tok.start, tok.end), tok.value);
                next();
                return s;
            }
            case TEMPLATE -> {
                return parseTemplate(false);
            }
            case PRIVATE_NAME -> {
                if (isWord(peek(), "in")) {
                    return parsePrivateReference(false);
                }
                throw unexpected();
            }
            case PUNCTUATOR -> {
                switch (tok.value) {
                    case "(" -> {
                        return parseParenthesized(start);
                    }
                    case "[" -> {
                        return parseArrayLiteral(errors);
                    }
                    case "{" -> {
                        return parseObjectLiteral(errors);
                    }
                    case "/", "/=" -> {
                        peeked = null;
                        tok = lexer.rescanRegex(tok.start, tok.newlineBefore);
                        if (tok.type == Type.ERROR) {
                            throw lexError(tok);
                        }
                        // V8 compiles regex literals while parsing: a bad pattern is an early error.
                        String problem = RegExpSyntax.check(tok.value, tok.flags);
                        if (problem != null) {
                            throw error(tok.start, RegExpSyntax.message(tok.value, tok.flags, problem));
                        }
                        RegExpLiteral r = new RegExpLiteral(Span.of(source, tok.start, tok.end), tok.value, tok.flags);
                        next();
                        return r;
                    }
                    case "@" -> throw JsSyntaxError.unsupported(Span.of(source, tok.start, tok.end), "decorators");
                    default -> throw unexpected();
                }
            }
            default -> throw unexpected();
        }
    }

    private void checkLegacyOctal(Token t) {
        if (strict && t.strictError != null) {
            throw error(t.strictErrorAt, t.strictError);
        }
    }

    private Expression parsePrimaryName(CoverErrors errors) {
        int start = tok.start;
        if (!tok.escaped) {
            switch (tok.value) {
                case "this" -> {
                    next();
                    return new ThisExpression(spanFrom(start));
                }
                case "null" -> {
                    next();
                    return new NullLiteral(spanFrom(start));
                }
                case "true", "false" -> {
                    boolean value = tok.value.equals("true");
                    next();
                    return new BooleanLiteral(spanFrom(start), value);
                }
                case "function" -> {
                    return parseFunctionExpression(start, false);
                }
                case "class" -> {
                    return parseClassExpression();
                }
                case "super" -> {
                    next();
                    boolean call = is("(");
                    boolean property = is(".") || is("[");
                    if (!(call && fn.superCall) && !(property && fn.superProperty)) {
                        throw error(start, "'super' keyword unexpected here");
                    }
                    return new Super(spanFrom(start));
                }
                case "import" -> {
                    return parseImportMetaOrCall(start);
                }
                case "async" -> {
                    Token after = peek();
                    if (isWord(after, "function") && !after.newlineBefore) {
                        next();
                        return parseFunctionExpression(start, true);
                    }
                    if (isPunct(after, "(") && !after.newlineBefore) {
                        return parseAsyncCallOrArrow(start, errors);
                    }
                    if (after.type == Type.NAME
                            && !after.newlineBefore
                            && !isWord(after, "in")
                            && !isWord(after, "instanceof")
                            && !isWord(after, "of")) {
                        next();
                        FunctionContext saved = fn;
                        fn = new FunctionContext(saved, true, false, true);
                        Identifier param;
                        try {
                            param = parseBindingIdentifierName();
                        } finally {
                            fn = saved;
                        }
                        if (!is("=>") || tok.newlineBefore) {
                            throw unexpected();
                        }
                        return parseArrowBody(start, List.of(param), true);
                    }
                }
                case "await" -> {
                    if (!module && !fn.anyAsync() && awaitLooksLikeAnOperator()) {
                        throw error(
                                start, "await is only valid in async functions and the top level bodies of modules");
                    }
                }
                case "let" -> {
                    if (strict) {
                        throw unexpected();
                    }
                }
                default -> {}
            }
        }
        Token nameToken = tok;
        Identifier id = parseIdentifierReference();
        if (is("=>") && !tok.newlineBefore) {
            Identifier param = checkBindingIdentifier(nameToken, id);
            return parseArrowBody(start, List.of(param), false);
        }
        return id;
    }

    /** In a script outside any async function, {@code await x} is V8's "await is only valid…" error. */
    private boolean awaitLooksLikeAnOperator() {
        Token after = peek();
        if (after.newlineBefore) {
            return false;
        }
        return switch (after.type) {
            case NAME -> !isWord(after, "in") && !isWord(after, "instanceof") && !isWord(after, "of");
            case NUMBER, STRING, PRIVATE_NAME -> true;
            case PUNCTUATOR -> isPunct(after, "{") || isPunct(after, "!") || isPunct(after, "~");
            default -> false;
        };
    }

    private Expression parseImportMetaOrCall(int start) {
        next();
        if (eat(".")) {
            if (!isWord("meta")) {
                throw unexpected();
            }
            next();
            if (!module) {
                throw error(lastStart, "Cannot use 'import.meta' outside a module");
            }
            return new MetaProperty(spanFrom(start), "import", "meta");
        }
        if (!is("(")) {
            throw unexpected();
        }
        next();
        if (is(")")) {
            throw error(lastStart, "import() requires a specifier");
        }
        Expression specifier = parseAssign(false);
        if (eat(",") && !is(")")) {
            parseAssign(false); // import options ({ with: … }) carry nothing for built-in modules
            eat(",");
        }
        expect(")");
        return new ImportExpression(spanFrom(start), specifier);
    }

    /** {@code async(…)}: a call to something named async, or the parameters of an async arrow. */
    private Expression parseAsyncCallOrArrow(int start, CoverErrors errors) {
        Identifier callee = identifierFrom(tok);
        next();
        CoverErrors cover = new CoverErrors();
        int argsStart = tok.start;
        List<Expression> arguments = parseArguments(cover);
        if (is("=>") && !tok.newlineBefore) {
            List<Pattern> params = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                Expression a = arguments.get(i);
                if (a instanceof SpreadElement s) {
                    if (i != arguments.size() - 1) {
                        throw error(s, "Rest parameter must be last formal parameter");
                    }
                    params.add(new RestElement(s.span(), toBindingPattern(s.argument())));
                } else {
                    params.add(toBindingPattern(a));
                }
            }
            checkArrowParamsAwait(arguments, argsStart);
            return parseArrowBody(start, params, true);
        }
        cover.check(this);
        return new CallExpression(spanFrom(start), callee, arguments, false);
    }

    private void checkArrowParamsAwait(List<Expression> params, int at) {
        for (Identifier id : boundNames(params)) {
            if (id.name().equals("await")) {
                throw error(id, "Unexpected reserved word");
            }
        }
    }

    /** {@code (…)}: a parenthesized expression, or the parameter list of an arrow function. */
    private Expression parseParenthesized(int start) {
        next();
        CoverErrors errors = new CoverErrors();
        List<Expression> items = new ArrayList<>();
        RestElement rest = null;
        int trailingComma = -1;
        while (!is(")")) {
            if (is("...")) {
                int restStart = tok.start;
                next();
                Pattern target = parseBindingTarget(Binding.NONE);
                rest = new RestElement(spanFrom(restStart), target);
                if (!is(")")) {
                    throw error(restStart, "Rest parameter must be last formal parameter");
                }
                break;
            }
            items.add(parseAssignCover(false, errors));
            if (!is(")")) {
                expect(",");
                if (is(")")) {
                    trailingComma = lastEnd - 1;
                }
            }
        }
        Token close = tok;
        next();
        if (is("=>") && !tok.newlineBefore) {
            List<Pattern> params = new ArrayList<>();
            for (Expression item : items) {
                params.add(toBindingPattern(item));
            }
            if (rest != null) {
                params.add(rest);
            }
            return parseArrowBody(start, params, false);
        }
        if (items.isEmpty() || rest != null || trailingComma >= 0) {
            throw unexpected(close);
        }
        errors.check(this);
        Expression e = items.size() == 1
                ? items.getFirst()
                : new SequenceExpression(Span.of(source, items.getFirst().span().start(), close.start), items);
        parenthesized.put(e, start);
        return e;
    }

    private ArrowFunctionExpression parseArrowBody(int start, List<Pattern> params, boolean isAsync) {
        expect("=>");
        FunctionContext saved = fn;
        boolean savedStrict = strict;
        fn = new FunctionContext(saved, isAsync, false, true);
        enterScope(SCOPE_FUNCTION | SCOPE_VAR);
        try {
            for (Pattern p : params) {
                declarePattern(p, Binding.PARAM);
            }
            Node body;
            if (is("{")) {
                int bodyStart = tok.start;
                next();
                List<Statement> statements = parseBodyItems(true, false);
                expect("}");
                body = new BlockStatement(spanFrom(bodyStart), statements);
                checkFunctionEarlyErrors(null, params, statements, true);
            } else {
                body = parseAssign(false);
                checkFunctionEarlyErrors(null, params, List.of(), true);
            }
            return new ArrowFunctionExpression(spanFrom(start), params, body, isAsync);
        } finally {
            exitScope();
            fn = saved;
            strict = savedStrict;
        }
    }

    private ArrayExpression parseArrayLiteral(CoverErrors errors) {
        int start = tok.start;
        next();
        List<Expression> elements = new ArrayList<>();
        CoverErrors sink = errors != null ? errors : new CoverErrors();
        boolean commaAfterSpread = false;
        while (!is("]")) {
            if (is(",")) {
                elements.add(new Elision(Span.of(source, tok.start, tok.start)));
                next();
                continue;
            }
            int elementStart = tok.start;
            boolean spread = eat("...");
            Expression value = parseAssignCover(false, sink);
            elements.add(spread ? new SpreadElement(spanFrom(elementStart), value) : value);
            if (!is("]")) {
                expect(",");
                commaAfterSpread = spread;
            }
        }
        next();
        if (errors == null) {
            sink.check(this);
        }
        ArrayExpression array = new ArrayExpression(spanFrom(start), elements);
        if (commaAfterSpread && elements.getLast() instanceof SpreadElement) {
            spreadWithTrailingComma.add(array);
        }
        return array;
    }

    private ObjectExpression parseObjectLiteral(CoverErrors errors) {
        int start = tok.start;
        next();
        CoverErrors sink = errors != null ? errors : new CoverErrors();
        List<ObjectMember> properties = new ArrayList<>();
        boolean sawProto = false;
        boolean commaAfterSpread = false;
        while (!is("}")) {
            int propStart = tok.start;
            if (eat("...")) {
                Expression argument = parseAssignCover(false, sink);
                properties.add(new SpreadElement(spanFrom(propStart), argument));
                commaAfterSpread = is(",") && isPunct(peek(), "}");
            } else {
                Property p = parsePropertyDefinition(sink);
                if (!p.computed()
                        && !p.shorthand()
                        && !p.method()
                        && p.kind() == PropertyKind.INIT
                        && "__proto__".equals(staticKeyName(p.key()))) {
                    if (sawProto && sink.doubleProto < 0) {
                        sink.doubleProto = propStart;
                    }
                    sawProto = true;
                }
                properties.add(p);
            }
            if (!is("}")) {
                expect(",");
            }
        }
        next();
        if (errors == null) {
            sink.check(this);
        }
        ObjectExpression object = new ObjectExpression(spanFrom(start), properties);
        if (commaAfterSpread) {
            spreadWithTrailingComma.add(object);
        }
        return object;
    }

    private Property parsePropertyDefinition(CoverErrors errors) {
        int start = tok.start;
        boolean isAsync = false;
        boolean isGenerator = false;
        PropertyKind kind = PropertyKind.INIT;
        if (isWord("async") && !peek().newlineBefore && isMethodNameStart(peek())) {
            next();
            isAsync = true;
        }
        if (eat("*")) {
            isGenerator = true;
        }
        if (!isAsync
                && !isGenerator
                && (isWord("get") || isWord("set"))
                && isMethodNameStart(peek())
                && !isPunct(peek(), "*")) {
            kind = tok.value.equals("get") ? PropertyKind.GET : PropertyKind.SET;
            next();
        }
        boolean computed = is("[");
        Token keyToken = tok;
        Expression key = parsePropertyKey();
        if (is("(")) {
            int fnStart = tok.start;
            FunctionParts parts = parseFunctionRest(null, isAsync, isGenerator, true, false, true);
            MethodKind methodKind =
                    switch (kind) {
                        case GET -> MethodKind.GET;
                        case SET -> MethodKind.SET;
                        default -> MethodKind.METHOD;
                    };
            checkAccessorArity(methodKind, parts.params, fnStart);
            FunctionExpression value =
                    new FunctionExpression(spanFrom(fnStart), null, parts.params, parts.body, isAsync, isGenerator);
            return new Property(spanFrom(start), key, value, kind, computed, kind == PropertyKind.INIT, false);
        }
        if (isAsync || isGenerator || kind != PropertyKind.INIT) {
            throw unexpected();
        }
        if (eat(":")) {
            Expression value = parseAssignCover(false, errors);
            return new Property(spanFrom(start), key, value, PropertyKind.INIT, computed, false, false);
        }
        if (computed || keyToken.type != Type.NAME) {
            throw unexpected();
        }
        checkIdentifierReference(keyToken);
        Identifier id = (Identifier) key;
        Expression value = id;
        if (is("=")) {
            // `{a = 1}` is only valid once the literal becomes a pattern.
            if (errors.shorthandAssign < 0) {
                errors.shorthandAssign = start;
            }
            next();
            Expression init = parseAssign(false);
            value = new AssignmentExpression(spanFrom(start), "=", id, init);
        }
        return new Property(spanFrom(start), key, value, PropertyKind.INIT, false, false, true);
    }

    private TemplateLiteral parseTemplate(boolean tagged) {
        int start = tok.start;
        List<TemplateElement> quasis = new ArrayList<>();
        List<Expression> expressions = new ArrayList<>();
        while (true) {
            Token chunk = tok;
            if (chunk.invalidEscape != null && !tagged) {
                throw error(chunk.invalidEscapeAt, chunk.invalidEscape);
            }
            int contentEnd = chunk.end - (chunk.tail ? 1 : 2);
            quasis.add(new TemplateElement(
                    Span.of(source, chunk.start + 1, contentEnd), chunk.raw, chunk.value, chunk.tail));
            next();
            if (chunk.tail) {
                break;
            }
            int substitutionStart = tok.start;
            expressions.add(parseExpression(false));
            if (!is("}")) {
                throw error(substitutionStart, "Missing } in template expression");
            }
            peeked = null;
            tok = lexer.rescanTemplateContinuation(tok.start, tok.newlineBefore);
            if (tok.type == Type.ERROR) {
                throw lexError(tok);
            }
        }
        return new TemplateLiteral(spanFrom(start), quasis, expressions);
    }

    // ==== cover grammar: expressions to patterns ==========================================================

    /** Arrow parameters: an expression reinterpreted as a binding pattern (no member targets). */
    private Pattern toBindingPattern(Expression e) {
        Pattern p = toAssignable(e, true, "Invalid destructuring assignment target", true);
        for (Identifier id : boundNames(List.of(p))) {
            if (strict && (id.name().equals("eval") || id.name().equals("arguments"))) {
                throw error(id, "Unexpected eval or arguments in strict mode");
            }
        }
        return p;
    }

    private Pattern toAssignmentTarget(Expression e, String loop) {
        if (e instanceof ObjectExpression || e instanceof ArrayExpression) {
            return toAssignable(e, false, "Invalid left-hand side in for-loop", true);
        }
        return checkSimpleTarget(e, "Invalid left-hand side in for-loop");
    }

    /**
     * Reinterprets an expression as an assignment target ({@code binding} for parameters, where member
     * accesses are not allowed). {@code message} is the error for an invalid target at the top.
     */
    private Pattern toAssignable(Expression e, boolean binding, String message, boolean top) {
        boolean inParens = parenthesized.containsKey(e);
        switch (e) {
            case Identifier id -> {
                if (binding && inParens) {
                    throw error(e, message);
                }
                if (strict && (id.name().equals("eval") || id.name().equals("arguments"))) {
                    throw error(id, "Unexpected eval or arguments in strict mode");
                }
                return id;
            }
            case MemberExpression m -> {
                if (binding) {
                    throw error(e, message);
                }
                return m;
            }
            case ObjectExpression o -> {
                if (inParens) {
                    throw error(
                            e,
                            top ? "Invalid left-hand side in assignment" : "Invalid destructuring assignment target");
                }
                List<ObjectPatternMember> members = new ArrayList<>();
                for (int i = 0; i < o.properties().size(); i++) {
                    ObjectMember m = o.properties().get(i);
                    if (m instanceof SpreadElement s) {
                        if (i != o.properties().size() - 1 || spreadWithTrailingComma.contains(o)) {
                            throw error(s.argument(), "Rest element must be last element");
                        }
                        if (!(s.argument() instanceof Identifier
                                        || (!binding && s.argument() instanceof MemberExpression))
                                || parenthesized.containsKey(s.argument()) && binding) {
                            throw error(
                                    s.argument(),
                                    "`...` must be followed by an assignable reference in assignment contexts");
                        }
                        members.add(new RestElement(s.span(), toAssignable(s.argument(), binding, message, false)));
                    } else {
                        Property p = (Property) m;
                        if (p.kind() != PropertyKind.INIT || p.method()) {
                            throw error(p, "Invalid destructuring assignment target");
                        }
                        Pattern value =
                                toAssignable(p.value(), binding, "Invalid destructuring assignment target", false);
                        members.add(new AssignmentProperty(p.span(), p.key(), value, p.computed(), p.shorthand()));
                    }
                }
                return new ObjectPattern(o.span(), members);
            }
            case ArrayExpression a -> {
                if (inParens) {
                    throw error(
                            e,
                            top ? "Invalid left-hand side in assignment" : "Invalid destructuring assignment target");
                }
                List<Pattern> elements = new ArrayList<>();
                for (int i = 0; i < a.elements().size(); i++) {
                    Expression element = a.elements().get(i);
                    if (element instanceof SpreadElement s) {
                        if (i != a.elements().size() - 1 || spreadWithTrailingComma.contains(a)) {
                            throw error(s, "Rest element must be last element");
                        }
                        if (s.argument() instanceof AssignmentExpression) {
                            throw error(s.argument(), "Invalid destructuring assignment target");
                        }
                        elements.add(new RestElement(
                                s.span(),
                                toAssignable(s.argument(), binding, "Invalid destructuring assignment target", false)));
                    } else if (element instanceof Elision hole) {
                        elements.add(hole);
                    } else {
                        elements.add(toAssignable(element, binding, "Invalid destructuring assignment target", false));
                    }
                }
                return new ArrayPattern(a.span(), elements);
            }
            case AssignmentExpression ae
            when ae.operator().equals("=") && !inParens && !top -> {
                Pattern left = binding ? revalidateBinding(ae.left()) : ae.left();
                return new AssignmentPattern(ae.span(), left, ae.right());
            }
            case AssignmentExpression ae
            when ae.operator().equals("=") && !inParens && binding -> {
                return new AssignmentPattern(ae.span(), revalidateBinding(ae.left()), ae.right());
            }
            default -> throw error(e, top && !binding ? message : "Invalid destructuring assignment target");
        }
    }

    /** A pattern built for assignment, checked again for use as parameters: no member targets inside. */
    private Pattern revalidateBinding(Pattern p) {
        switch (p) {
            case MemberExpression m -> throw error(m, "Invalid destructuring assignment target");
            case ObjectPattern op ->
                op.properties()
                        .forEach(m -> revalidateBinding(
                                m instanceof AssignmentProperty ap ? ap.value() : ((RestElement) m).argument()));
            case ArrayPattern ap -> ap.elements().forEach(this::revalidateBinding);
            case AssignmentPattern ap -> revalidateBinding(ap.left());
            case RestElement r -> revalidateBinding(r.argument());
            default -> {}
        }
        return p;
    }
}
