package dev.loopsim.js.syntax;

import dev.loopsim.js.syntax.Node.*;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of random ASTs that a parser would produce from valid (strict-mode clean) source,
 * scripts and modules alike, for printer round trips and parser benchmarks. One seed, one tree.
 */
public final class RandomAst {
    private static final Span N = Span.NONE;

    /** Names only ever read or assigned, never declared; declarations use fresh {@code vN}. */
    private static final String[] REFERENCES = {"a", "b", "c", "x", "y", "foo", "bar", "$", "_", "$el", "_tmp", "ñ"};

    /** IdentifierNames used after a dot or as property keys, reserved words included. */
    private static final String[] PROPERTY_NAMES = {
        "p", "q", "length", "then", "if", "class", "new", "default", "in", "get", "set", "static", "async", "await",
        "yield", "let", "of", "typeof", "name"
    };

    private static final String[] STRING_CHARS = {
        "a", "Z", " ", "'", "\"", "\\", "\n", "\r", "\t", "\b", "\f", "\u000B", "\0", "1", "\u2028", "\u2029", "\u0001",
        "\u001f", "\u007f", "é", "€", "😀", "\uD800", "\uDC00", "$", "{", "`", "/", "*/"
    };

    /** Template pieces as {raw, cooked}; a null cooked value marks an escape valid only in a tagged template. */
    private static final String[][] TEMPLATE_PIECES = {
        {"a", "a"},
        {" ", " "},
        {"$", "$"},
        {"\n", "\n"},
        {"\\n", "\n"},
        {"\\`", "`"},
        {"\\${", "${"},
        {"\\\\", "\\"},
        {"\\u0041", "A"},
        {"\\x41", "A"},
        {"\\u{1F600}", "😀"},
        {"é", "é"},
        {"}", "}"},
        {"\\\n", ""},
        {"'", "'"},
        {"\"", "\""},
        {"\\0", "\0"},
        {"\u2028", "\u2028"}
    };

    private static final String[][] INVALID_TEMPLATE_PIECES = {{"\\xg", null}, {"\\01", null}, {"\\unicode", null}};

    private static final String[] REGEX_PATTERNS = {
        "a+", "[a-z]*", "\\d{2,3}", "(?:x|y)", "^foo$", "\\/", "[/]", "a\\.b", "\\bword\\b", "[^\\]]+", "(a)\\1"
    };

    private static final Object[][] NUMBERS = {
        {"0", 0.0},
        {"1", 1.0},
        {"7", 7.0},
        {"42", 42.0},
        {"1000000", 1e6},
        {"3.14", 3.14},
        {"0.5", 0.5},
        {".5", 0.5},
        {"1.", 1.0},
        {"1e3", 1e3},
        {"2E-2", 0.02},
        {"5e+3", 5e3},
        {"0x1f", 31.0},
        {"0XFF", 255.0},
        {"0b101", 5.0},
        {"0o17", 15.0},
        {"1_000", 1000.0},
        {"0.000001", 1e-6},
        {"9007199254740993", 9007199254740992.0},
        {"1e400", Double.POSITIVE_INFINITY}
    };

    private static final String[] UNARY = {"-", "+", "!", "~", "typeof", "void"};
    private static final String[] BINARY = {
        "==",
        "!=",
        "===",
        "!==",
        "<",
        ">",
        "<=",
        ">=",
        "<<",
        ">>",
        ">>>",
        "+",
        "-",
        "*",
        "/",
        "%",
        "**",
        "|",
        "^",
        "&",
        "in",
        "instanceof"
    };
    private static final String[] LOGICAL = {"&&", "||", "??"};
    private static final String[] COMPOUND_ASSIGN = {
        "+=", "-=", "*=", "/=", "%=", "**=", "<<=", ">>=", ">>>=", "|=", "^=", "&=", "&&=", "||=", "??="
    };
    private static final String[] MODULE_SOURCES = {"m", "./x.js", "node:fs"};
    private static final String[] DIRECTIVES = {"'use strict'", "\"use strict\"", "'hello'", "\"x y\""};

    /**
     * What the code being generated may contain here. {@code await}: await expressions (async function or
     * module top level); {@code function}: return; {@code loop}/{@code breakable}: bare continue/break.
     */
    private record Ctx(
            boolean function,
            boolean newTarget,
            boolean await,
            boolean yield,
            boolean superProperty,
            boolean superCall,
            boolean loop,
            boolean breakable,
            List<String> labels,
            List<String> loopLabels,
            List<String> privateNames,
            boolean module) {

        static Ctx topLevel(boolean module) {
            return new Ctx(
                    false, false, module, false, false, false, false, false, List.of(), List.of(), List.of(), module);
        }

        /** A new function body: no loops or labels from outside. */
        Ctx function(boolean async, boolean generator, boolean superProperty, boolean superCall) {
            return new Ctx(
                    true,
                    true,
                    async,
                    generator,
                    superProperty,
                    superCall,
                    false,
                    false,
                    List.of(),
                    List.of(),
                    privateNames,
                    module);
        }

        /** Arrows keep this, super and new.target of their surroundings. */
        Ctx arrow(boolean async) {
            return new Ctx(
                    true,
                    newTarget,
                    async,
                    false,
                    superProperty,
                    superCall,
                    false,
                    false,
                    List.of(),
                    List.of(),
                    privateNames,
                    module);
        }

        /** Field initializers and static blocks: super.x yes; await, yield, return, new.target no. */
        Ctx classInitializer(List<String> privates) {
            return new Ctx(
                    false, false, false, false, true, false, false, false, List.of(), List.of(), privates, module);
        }

        /** Parameter defaults, computed keys and heritage: no yield or await. */
        Ctx noSuspend() {
            return new Ctx(
                    function,
                    newTarget,
                    false,
                    false,
                    superProperty,
                    superCall,
                    loop,
                    breakable,
                    labels,
                    loopLabels,
                    privateNames,
                    module);
        }

        Ctx loopBody() {
            return new Ctx(
                    function,
                    newTarget,
                    await,
                    yield,
                    superProperty,
                    superCall,
                    true,
                    true,
                    labels,
                    loopLabels,
                    privateNames,
                    module);
        }

        Ctx switchBody() {
            return new Ctx(
                    function,
                    newTarget,
                    await,
                    yield,
                    superProperty,
                    superCall,
                    loop,
                    true,
                    labels,
                    loopLabels,
                    privateNames,
                    module);
        }

        Ctx labeled(String label, boolean loopLabel) {
            return new Ctx(
                    function,
                    newTarget,
                    await,
                    yield,
                    superProperty,
                    superCall,
                    loop,
                    breakable,
                    plus(labels, label),
                    loopLabel ? plus(loopLabels, label) : loopLabels,
                    privateNames,
                    module);
        }

        Ctx withPrivates(List<String> more) {
            List<String> all = new ArrayList<>(privateNames);
            all.addAll(more);
            return new Ctx(
                    function,
                    newTarget,
                    await,
                    yield,
                    superProperty,
                    superCall,
                    loop,
                    breakable,
                    labels,
                    loopLabels,
                    List.copyOf(all),
                    module);
        }

        private static List<String> plus(List<String> list, String item) {
            List<String> copy = new ArrayList<>(list);
            copy.add(item);
            return List.copyOf(copy);
        }
    }

    private record Key(Expression key, boolean computed) {}

    private final SplittableRandom random;
    private int budget;
    private int names;

    public RandomAst(long seed) {
        this.random = new SplittableRandom(seed);
    }

    // ---- programs ------------------------------------------------------------------------------------

    /** A script or (one time in four) a module. */
    public Program program() {
        return chance(4) ? module() : script();
    }

    public Program script() {
        budget = 40 + random.nextInt(260);
        List<Statement> body = new ArrayList<>(directives(true));
        boolean strict = body.stream().anyMatch(d -> ((Directive) d).value().equals("use strict"));
        Ctx ctx = Ctx.topLevel(false);
        body.addAll(statements(ctx, 4, 1 + random.nextInt(6)));
        return new Program(N, SourceType.SCRIPT, strict, body);
    }

    public Program module() {
        budget = 40 + random.nextInt(260);
        Ctx ctx = Ctx.topLevel(true);
        List<Statement> body = new ArrayList<>();
        boolean defaultExported = false;
        int count = 1 + random.nextInt(7);
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(6)) {
                case 0 -> body.add(importDeclaration());
                case 1 -> body.add(exportDeclaration(ctx));
                case 2 -> body.add(exportFrom());
                case 3 -> {
                    if (!defaultExported) {
                        defaultExported = true;
                        body.add(exportDefault(ctx));
                    } else {
                        body.add(statement(ctx, 4, true));
                    }
                }
                default -> body.add(statement(ctx, 4, true));
            }
        }
        List<String> bound = topLevelBindings(body);
        if (!bound.isEmpty() && chance(2)) {
            List<ExportSpecifier> specifiers = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                Identifier local = new Identifier(N, pick(bound));
                Expression exported =
                        switch (random.nextInt(3)) {
                            case 0 -> local;
                            case 1 -> new Identifier(N, fresh("e"));
                            default -> new StringLiteral(N, "e " + fresh("s"));
                        };
                if (exported == local
                        && specifiers.stream()
                                .anyMatch(s -> s.exported() instanceof Identifier e
                                        && e.name().equals(local.name()))) {
                    exported = new Identifier(N, fresh("e"));
                }
                specifiers.add(new ExportSpecifier(N, local, exported));
            }
            body.add(random.nextInt(body.size() + 1), new ExportNamedDeclaration(N, null, specifiers, null));
        }
        return new Program(N, SourceType.MODULE, true, body);
    }

    private List<Statement> directives(boolean allowed) {
        List<Statement> result = new ArrayList<>();
        if (allowed && chance(4)) {
            for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
                result.add(new Directive(N, pick(DIRECTIVES)));
            }
        }
        return result;
    }

    // ---- modules -------------------------------------------------------------------------------------

    private ImportDeclaration importDeclaration() {
        List<ImportClause> specifiers = new ArrayList<>();
        if (chance(2)) {
            specifiers.add(new ImportDefaultSpecifier(N, binding()));
        }
        if (chance(3)) {
            specifiers.add(new ImportNamespaceSpecifier(N, binding()));
        } else if (chance(2)) {
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                Identifier local = binding();
                Expression imported =
                        switch (random.nextInt(4)) {
                            case 0 -> local;
                            case 1 -> new Identifier(N, "default");
                            case 2 -> new StringLiteral(N, "i " + fresh("s"));
                            default -> new Identifier(N, pick(PROPERTY_NAMES));
                        };
                specifiers.add(new ImportSpecifier(N, imported, local));
            }
        }
        return new ImportDeclaration(N, specifiers, new StringLiteral(N, pick(MODULE_SOURCES)));
    }

    private Statement exportDeclaration(Ctx ctx) {
        Statement declaration =
                switch (random.nextInt(4)) {
                    case 0 -> variableDeclaration(ctx, 3, pick(VariableKind.values()));
                    case 1 -> functionDeclaration(ctx, 3, binding());
                    case 2 -> classDeclaration(ctx, 3, binding());
                    default -> variableDeclaration(ctx, 3, VariableKind.CONST);
                };
        return new ExportNamedDeclaration(N, declaration, List.of(), null);
    }

    private Statement exportFrom() {
        StringLiteral source = new StringLiteral(N, pick(MODULE_SOURCES));
        return switch (random.nextInt(3)) {
            case 0 -> new ExportAllDeclaration(N, null, source);
            case 1 ->
                new ExportAllDeclaration(
                        N, chance(2) ? new Identifier(N, fresh("e")) : new StringLiteral(N, fresh("s")), source);
            default -> {
                List<ExportSpecifier> specifiers = new ArrayList<>();
                for (int i = 0, n = random.nextInt(3); i < n; i++) {
                    Expression local =
                            chance(3) ? new StringLiteral(N, "l " + i) : new Identifier(N, pick(PROPERTY_NAMES));
                    specifiers.add(new ExportSpecifier(N, local, new Identifier(N, fresh("e"))));
                }
                yield new ExportNamedDeclaration(N, null, specifiers, source);
            }
        };
    }

    private Statement exportDefault(Ctx ctx) {
        Node declaration =
                switch (random.nextInt(4)) {
                    case 0 -> functionDeclaration(ctx, 3, chance(2) ? binding() : null);
                    case 1 -> classDeclaration(ctx, 3, chance(2) ? binding() : null);
                    default -> expression(ctx, 3);
                };
        return new ExportDefaultDeclaration(N, declaration);
    }

    /** Names declared directly at the top of a module, which {@code export { … }} may name. */
    private static List<String> topLevelBindings(List<Statement> body) {
        List<String> names = new ArrayList<>();
        for (Statement s : body) {
            // Declarations under export are exported already; naming them again would be a duplicate export.
            switch (s) {
                case VariableDeclaration v -> v.declarations().forEach(d -> boundNames(d.id(), names));
                case FunctionDeclaration f -> names.add(f.id().name());
                case ClassDeclaration c -> names.add(c.id().name());
                case ImportDeclaration i ->
                    i.specifiers()
                            .forEach(c -> names.add(
                                    switch (c) {
                                        case ImportSpecifier sp -> sp.local().name();
                                        case ImportDefaultSpecifier d ->
                                            d.local().name();
                                        case ImportNamespaceSpecifier n ->
                                            n.local().name();
                                    }));
                default -> {}
            }
        }
        return names;
    }

    private static void boundNames(Pattern p, List<String> names) {
        switch (p) {
            case Identifier id -> names.add(id.name());
            case ObjectPattern o ->
                o.properties().forEach(m -> {
                    switch (m) {
                        case AssignmentProperty a -> boundNames(a.value(), names);
                        case RestElement r -> boundNames(r, names);
                    }
                });
            case ArrayPattern a -> a.elements().forEach(e -> boundNames(e, names));
            case AssignmentPattern a -> boundNames(a.left(), names);
            case RestElement r -> boundNames(r.argument(), names);
            default -> {}
        }
    }

    // ---- statements ----------------------------------------------------------------------------------

    private List<Statement> statements(Ctx ctx, int depth, int count) {
        List<Statement> result = new ArrayList<>();
        for (int i = 0; i < count && budget > 0; i++) {
            result.add(statement(ctx, depth, true));
        }
        return result;
    }

    /** {@code declarations}: false where only a single statement may stand (if and loop bodies, labels). */
    private Statement statement(Ctx ctx, int depth, boolean declarations) {
        budget--;
        if (depth <= 0 || budget <= 0) {
            return expressionStatement(ctx, 1);
        }
        int d = depth - 1;
        return switch (random.nextInt(22)) {
            case 0, 1, 2, 3 -> expressionStatement(ctx, d);
            case 4 -> variableDeclaration(ctx, d, declarations ? pick(VariableKind.values()) : VariableKind.VAR);
            case 5 -> declarations ? functionDeclaration(ctx, d, binding()) : expressionStatement(ctx, d);
            case 6 -> declarations ? classDeclaration(ctx, d, binding()) : expressionStatement(ctx, d);
            case 7 -> ifStatement(ctx, d);
            case 8, 9 -> loop(ctx, d);
            case 10 -> new BlockStatement(N, statements(ctx, d, random.nextInt(4)));
            case 11 -> chance(2) ? new EmptyStatement(N) : new DebuggerStatement(N);
            case 12 ->
                ctx.function()
                        ? new ReturnStatement(N, chance(3) ? null : expression(ctx, d))
                        : expressionStatement(ctx, d);
            case 13 -> new ThrowStatement(N, expression(ctx, d));
            case 14 -> tryStatement(ctx, d);
            case 15 -> switchStatement(ctx, d);
            case 16 -> labeledStatement(ctx, d);
            case 17 -> jump(ctx, d);
            default -> expressionStatement(ctx, d);
        };
    }

    private Statement expressionStatement(Ctx ctx, int depth) {
        if (depth > 0 && chance(6)) {
            return new ExpressionStatement(N, awkwardStatementStart(ctx, depth - 1));
        }
        return new ExpressionStatement(N, expression(ctx, depth));
    }

    /** Expressions whose text starts like a block, a declaration or a destructuring pattern. */
    private Expression awkwardStatementStart(Ctx ctx, int depth) {
        return switch (random.nextInt(6)) {
            case 0 -> object(ctx, depth);
            case 1 -> new CallExpression(N, functionExpression(ctx, depth), arguments(ctx, depth), false);
            case 2 -> new MemberExpression(N, classExpression(ctx, depth), property(), false, false);
            case 3 -> new AssignmentExpression(N, "=", objectAssignmentPattern(ctx, depth), expression(ctx, depth));
            case 4 -> new BinaryExpression(N, "+", object(ctx, depth), expression(ctx, depth));
            default ->
                new CallExpression(
                        N,
                        new FunctionExpression(
                                N,
                                null,
                                List.of(),
                                block(ctx.function(true, false, false, false), depth, true),
                                true,
                                false),
                        List.of(),
                        false);
        };
    }

    private VariableDeclaration variableDeclaration(Ctx ctx, int depth, VariableKind kind) {
        List<VariableDeclarator> declarators = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) {
            Pattern id = bindingTarget(ctx, depth);
            boolean needsInit = kind == VariableKind.CONST || !(id instanceof Identifier);
            declarators.add(new VariableDeclarator(N, id, needsInit || chance(2) ? expression(ctx, depth) : null));
        }
        return new VariableDeclaration(N, kind, declarators);
    }

    private FunctionDeclaration functionDeclaration(Ctx ctx, int depth, Identifier id) {
        boolean async = chance(3);
        boolean generator = chance(3);
        Ctx inner = ctx.function(async, generator, false, false);
        List<Pattern> params = params(inner, depth);
        return new FunctionDeclaration(N, id, params, functionBody(inner, depth, params), async, generator);
    }

    private ClassDeclaration classDeclaration(Ctx ctx, int depth, Identifier id) {
        Expression superClass = chance(2) ? expression(ctx.noSuspend(), depth) : null;
        return new ClassDeclaration(N, id, superClass, classBody(ctx, depth, superClass != null));
    }

    private Statement ifStatement(Ctx ctx, int depth) {
        Statement consequent = statement(ctx, depth, false);
        Statement alternate = chance(2) ? statement(ctx, depth, false) : null;
        if (alternate != null && Printer.endsWithElselessIf(consequent)) {
            consequent = new BlockStatement(N, List.of(consequent));
        }
        return new IfStatement(N, expression(ctx, depth), consequent, alternate);
    }

    private Statement loop(Ctx ctx, int depth) {
        Ctx body = ctx.loopBody();
        return switch (random.nextInt(6)) {
            case 0 -> new WhileStatement(N, expression(ctx, depth), statement(body, depth, false));
            case 1 -> new DoWhileStatement(N, statement(body, depth, false), expression(ctx, depth));
            case 2 -> {
                Node init =
                        switch (random.nextInt(3)) {
                            case 0 -> null;
                            case 1 -> variableDeclaration(ctx, depth, pick(VariableKind.values()));
                            default -> expression(ctx, depth);
                        };
                yield new ForStatement(
                        N,
                        init,
                        chance(3) ? null : expression(ctx, depth),
                        chance(3) ? null : expression(ctx, depth),
                        statement(body, depth, false));
            }
            case 3 -> new ForInStatement(N, forLeft(ctx, depth), expression(ctx, depth), statement(body, depth, false));
            default -> {
                boolean isAwait = ctx.await() && chance(2);
                yield new ForOfStatement(
                        N, forLeft(ctx, depth), expression(ctx, depth), statement(body, depth, false), isAwait);
            }
        };
    }

    private Node forLeft(Ctx ctx, int depth) {
        if (chance(2)) {
            VariableDeclarator d = new VariableDeclarator(N, bindingTarget(ctx, depth), null);
            return new VariableDeclaration(N, pick(VariableKind.values()), List.of(d));
        }
        return assignmentTarget(ctx, depth);
    }

    private Statement tryStatement(Ctx ctx, int depth) {
        BlockStatement block = block(ctx, depth, false);
        CatchClause handler = null;
        BlockStatement finalizer = null;
        int shape = random.nextInt(3);
        if (shape != 1) {
            Pattern param =
                    switch (random.nextInt(3)) {
                        case 0 -> null;
                        case 1 -> binding();
                        default -> bindingTarget(ctx, depth);
                    };
            handler = new CatchClause(N, param, block(ctx, depth, false));
        }
        if (shape != 0) {
            finalizer = block(ctx, depth, false);
        }
        return new TryStatement(N, block, handler, finalizer);
    }

    private Statement switchStatement(Ctx ctx, int depth) {
        Ctx inner = ctx.switchBody();
        List<SwitchCase> cases = new ArrayList<>();
        boolean hasDefault = false;
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            Expression test = expression(ctx, depth);
            if (!hasDefault && chance(4)) {
                hasDefault = true;
                test = null;
            }
            cases.add(new SwitchCase(N, test, statements(inner, depth, random.nextInt(3))));
        }
        return new SwitchStatement(N, expression(ctx, depth), cases);
    }

    private Statement labeledStatement(Ctx ctx, int depth) {
        String label = fresh("L");
        boolean loopBody = chance(2);
        Ctx inner = ctx.labeled(label, loopBody);
        Statement body = loopBody ? loop(inner, depth) : statement(inner, depth, false);
        return new LabeledStatement(N, new Identifier(N, label), body);
    }

    private Statement jump(Ctx ctx, int depth) {
        if (chance(2)) {
            if (!ctx.loopLabels().isEmpty() && chance(2)) {
                return new ContinueStatement(N, new Identifier(N, pick(ctx.loopLabels())));
            }
            if (ctx.loop()) {
                return new ContinueStatement(N, null);
            }
        }
        if (!ctx.labels().isEmpty() && chance(2)) {
            return new BreakStatement(N, new Identifier(N, pick(ctx.labels())));
        }
        if (ctx.breakable()) {
            return new BreakStatement(N, null);
        }
        return expressionStatement(ctx, depth);
    }

    private BlockStatement block(Ctx ctx, int depth, boolean functionBody) {
        List<Statement> body = new ArrayList<>(directives(functionBody));
        if (functionBody && chance(10)) {
            // A string statement after the prologue position test: printed in parentheses.
            body.add(new ExpressionStatement(N, string()));
        }
        body.addAll(statements(ctx, depth, random.nextInt(4)));
        return new BlockStatement(N, body);
    }

    /** A function body; a directive prologue only where the parameters are simple. */
    private BlockStatement functionBody(Ctx ctx, int depth, List<Pattern> params) {
        boolean simple = params.stream().allMatch(p -> p instanceof Identifier);
        BlockStatement body = block(ctx, depth, simple);
        return body;
    }

    // ---- functions and classes -----------------------------------------------------------------------

    private List<Pattern> params(Ctx bodyCtx, int depth) {
        Ctx ctx = bodyCtx.noSuspend();
        List<Pattern> params = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            params.add(chance(3) ? bindingElement(ctx, depth) : binding());
        }
        if (chance(6)) {
            params.add(new RestElement(N, bindingTarget(ctx, depth)));
        }
        return params;
    }

    private FunctionExpression functionExpression(Ctx ctx, int depth) {
        boolean async = chance(3);
        boolean generator = chance(3);
        Ctx inner = ctx.function(async, generator, false, false);
        List<Pattern> params = params(inner, depth);
        return new FunctionExpression(
                N, chance(3) ? binding() : null, params, functionBody(inner, depth, params), async, generator);
    }

    private ArrowFunctionExpression arrow(Ctx ctx, int depth) {
        boolean async = chance(3);
        Ctx inner = ctx.arrow(async);
        List<Pattern> params = params(inner, depth);
        Node body =
                switch (random.nextInt(3)) {
                    case 0 -> functionBody(inner, depth, params);
                    case 1 -> object(inner, depth);
                    default -> expression(inner, depth);
                };
        return new ArrowFunctionExpression(N, params, body, async);
    }

    /** A method's function: {@code kind} decides the parameter count and what may be async or a generator. */
    private FunctionExpression method(Ctx ctx, int depth, MethodKind kind, boolean derived) {
        boolean plain = kind == MethodKind.METHOD;
        boolean async = plain && chance(3);
        boolean generator = plain && chance(3);
        Ctx inner = ctx.function(async, generator, true, kind == MethodKind.CONSTRUCTOR && derived);
        List<Pattern> params =
                switch (kind) {
                    case GET -> List.of();
                    case SET -> List.of(chance(2) ? binding() : bindingElement(inner.noSuspend(), depth));
                    default -> params(inner, depth);
                };
        BlockStatement body = functionBody(inner, depth, params);
        if (kind == MethodKind.CONSTRUCTOR && derived && chance(2)) {
            List<Statement> statements = new ArrayList<>();
            statements.add(
                    new ExpressionStatement(N, new CallExpression(N, new Super(N), arguments(inner, depth), false)));
            statements.addAll(
                    body.body().stream().filter(s -> !(s instanceof Directive)).toList());
            body = new BlockStatement(N, statements);
        }
        return new FunctionExpression(N, null, params, body, async, generator);
    }

    private ClassExpression classExpression(Ctx ctx, int depth) {
        Expression superClass = chance(3) ? expression(ctx.noSuspend(), depth) : null;
        return new ClassExpression(
                N, chance(2) ? binding() : null, superClass, classBody(ctx, depth, superClass != null));
    }

    private List<ClassElement> classBody(Ctx outer, int depth, boolean derived) {
        List<String> privates = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            privates.add(fresh("p"));
        }
        Ctx ctx = outer.withPrivates(privates);
        List<ClassElement> body = new ArrayList<>();
        if (chance(3)) {
            body.add(new MethodDefinition(
                    N,
                    new Identifier(N, "constructor"),
                    method(ctx, depth, MethodKind.CONSTRUCTOR, derived),
                    MethodKind.CONSTRUCTOR,
                    false,
                    false));
        }
        for (String name : privates) {
            body.add(
                    random.nextInt(body.size() + 1),
                    classMember(ctx, depth, new Key(new PrivateIdentifier(N, name), false)));
        }
        for (int i = 0, n = random.nextInt(4); i < n && budget > 0; i++) {
            body.add(classMember(ctx, depth, key(outer.noSuspend(), depth)));
        }
        return body;
    }

    private ClassElement classMember(Ctx ctx, int depth, Key key) {
        boolean isStatic = chance(3);
        return switch (random.nextInt(key.key() instanceof PrivateIdentifier ? 5 : 6)) {
            case 0, 1 ->
                new MethodDefinition(
                        N,
                        key.key(),
                        method(ctx, depth, MethodKind.METHOD, false),
                        MethodKind.METHOD,
                        key.computed(),
                        isStatic);
            case 2 ->
                new MethodDefinition(
                        N,
                        key.key(),
                        method(ctx, depth, MethodKind.GET, false),
                        MethodKind.GET,
                        key.computed(),
                        isStatic);
            case 3 ->
                new MethodDefinition(
                        N,
                        key.key(),
                        method(ctx, depth, MethodKind.SET, false),
                        MethodKind.SET,
                        key.computed(),
                        isStatic);
            case 4 ->
                new PropertyDefinition(
                        N,
                        key.key(),
                        chance(2) ? expression(ctx.classInitializer(ctx.privateNames()), depth) : null,
                        key.computed(),
                        isStatic);
            default ->
                new StaticBlock(N, statements(ctx.classInitializer(ctx.privateNames()), depth, random.nextInt(3)));
        };
    }

    private Key key(Ctx ctx, int depth) {
        return switch (random.nextInt(6)) {
            case 0 -> new Key(new StringLiteral(N, randomString()), false);
            case 1 -> new Key(number(), false);
            case 2 -> new Key(expression(ctx, depth), true);
            default -> new Key(new Identifier(N, pick(PROPERTY_NAMES)), false);
        };
    }

    // ---- patterns ------------------------------------------------------------------------------------

    private Identifier binding() {
        return new Identifier(N, fresh("v"));
    }

    /** A binding name or destructuring pattern, as declared by var/let/const, parameters and catch. */
    private Pattern bindingTarget(Ctx ctx, int depth) {
        budget--;
        if (depth <= 0 || budget <= 0 || chance(2)) {
            return binding();
        }
        int d = depth - 1;
        if (chance(2)) {
            List<ObjectPatternMember> members = new ArrayList<>();
            for (int i = 0, n = random.nextInt(3); i < n; i++) {
                if (chance(2)) {
                    Identifier name = binding();
                    Pattern value = chance(2) ? name : new AssignmentPattern(N, name, expression(ctx, d));
                    members.add(new AssignmentProperty(N, name, value, false, true));
                } else {
                    Key key = key(ctx, d);
                    members.add(new AssignmentProperty(N, key.key(), bindingElement(ctx, d), key.computed(), false));
                }
            }
            if (chance(4)) {
                members.add(new RestElement(N, binding()));
            }
            return new ObjectPattern(N, members);
        }
        List<Pattern> elements = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            elements.add(chance(5) ? new Elision(N) : bindingElement(ctx, d));
        }
        if (chance(4)) {
            elements.add(new RestElement(N, bindingTarget(ctx, d)));
        }
        return new ArrayPattern(N, elements);
    }

    private Pattern bindingElement(Ctx ctx, int depth) {
        Pattern target = bindingTarget(ctx, depth);
        return chance(3) ? new AssignmentPattern(N, target, expression(ctx, depth)) : target;
    }

    /** Left of {@code =} or of a for-in/of: a simple target or a destructuring pattern of targets. */
    private Pattern assignmentTarget(Ctx ctx, int depth) {
        budget--;
        if (depth <= 0 || budget <= 0 || chance(2)) {
            return simpleTarget(ctx, depth - 1);
        }
        return chance(2) ? objectAssignmentPattern(ctx, depth - 1) : arrayAssignmentPattern(ctx, depth - 1);
    }

    private ObjectPattern objectAssignmentPattern(Ctx ctx, int depth) {
        List<ObjectPatternMember> members = new ArrayList<>();
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            if (chance(2)) {
                Identifier name = new Identifier(N, pick(REFERENCES));
                Pattern value = chance(2) ? name : new AssignmentPattern(N, name, expression(ctx, depth));
                members.add(new AssignmentProperty(N, name, value, false, true));
            } else {
                Key key = key(ctx, depth);
                members.add(new AssignmentProperty(N, key.key(), assignmentElement(ctx, depth), key.computed(), false));
            }
        }
        if (chance(4)) {
            members.add(new RestElement(N, simpleTarget(ctx, depth)));
        }
        return new ObjectPattern(N, members);
    }

    private ArrayPattern arrayAssignmentPattern(Ctx ctx, int depth) {
        List<Pattern> elements = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            elements.add(chance(5) ? new Elision(N) : assignmentElement(ctx, depth));
        }
        if (chance(4)) {
            elements.add(new RestElement(N, assignmentTarget(ctx, depth)));
        }
        return new ArrayPattern(N, elements);
    }

    private Pattern assignmentElement(Ctx ctx, int depth) {
        Pattern target = assignmentTarget(ctx, depth);
        return chance(3) ? new AssignmentPattern(N, target, expression(ctx, depth)) : target;
    }

    /** An identifier or a (non-optional) member expression: what ++, += and delete-free targets need. */
    private Pattern simpleTarget(Ctx ctx, int depth) {
        if (depth <= 0 || chance(2)) {
            return new Identifier(N, pick(REFERENCES));
        }
        return member(ctx, depth - 1, true);
    }

    // ---- expressions ---------------------------------------------------------------------------------

    Expression expression(Ctx ctx, int depth) {
        budget--;
        if (depth <= 0 || budget <= 0) {
            return leaf(ctx);
        }
        int d = depth - 1;
        return switch (random.nextInt(36)) {
            case 0, 1 -> leaf(ctx);
            case 2 -> array(ctx, d);
            case 3 -> object(ctx, d);
            case 4 -> functionExpression(ctx, d);
            case 5, 6 -> arrow(ctx, d);
            case 7 -> classExpression(ctx, d);
            case 8 -> unary(ctx, d);
            case 9 -> {
                Expression target = (Expression) simpleTarget(ctx, d);
                yield new UpdateExpression(N, chance(2) ? "++" : "--", chance(2), target);
            }
            case 10, 11, 12 -> new BinaryExpression(N, pick(BINARY), expression(ctx, d), expression(ctx, d));
            case 13, 14 -> new LogicalExpression(N, pick(LOGICAL), expression(ctx, d), expression(ctx, d));
            case 15 -> new AssignmentExpression(N, "=", assignmentTarget(ctx, d), expression(ctx, d));
            case 16 -> new AssignmentExpression(N, pick(COMPOUND_ASSIGN), simpleTarget(ctx, d), expression(ctx, d));
            case 17 -> new ConditionalExpression(N, expression(ctx, d), expression(ctx, d), expression(ctx, d));
            case 18, 19 -> new CallExpression(N, expression(ctx, d), arguments(ctx, d), false);
            case 20 -> new NewExpression(N, expression(ctx, d), arguments(ctx, d));
            case 21, 22 -> member(ctx, d, false);
            case 23, 24 -> chain(ctx, d);
            case 25 -> new TaggedTemplateExpression(N, expression(ctx, d), template(ctx, d, true));
            case 26 -> template(ctx, d, false);
            case 27 -> {
                List<Expression> items = new ArrayList<>();
                for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
                    items.add(expression(ctx, d));
                }
                yield new SequenceExpression(N, items);
            }
            case 28 ->
                ctx.yield()
                        ? (chance(3)
                                ? new YieldExpression(N, expression(ctx, d), true)
                                : new YieldExpression(N, chance(3) ? null : expression(ctx, d), false))
                        : leaf(ctx);
            case 29, 30 -> ctx.await() ? new AwaitExpression(N, expression(ctx, d)) : leaf(ctx);
            case 31 -> metaProperty(ctx);
            case 32 -> new ImportExpression(N, expression(ctx, d));
            case 33 -> superExpression(ctx, d);
            case 34 ->
                ctx.privateNames().isEmpty()
                        ? leaf(ctx)
                        : new BinaryExpression(
                                N, "in", new PrivateIdentifier(N, pick(ctx.privateNames())), expression(ctx, d));
            default -> {
                // deep left- and right-leaning operator chains exercise associativity.
                Expression e = leaf(ctx);
                for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                    Expression other = expression(ctx, d / 2);
                    String op = chance(3) ? pick(LOGICAL) : pick(BINARY);
                    boolean logical = List.of(LOGICAL).contains(op);
                    boolean right = chance(2);
                    Expression l = right ? other : e;
                    Expression r = right ? e : other;
                    e = logical ? new LogicalExpression(N, op, l, r) : new BinaryExpression(N, op, l, r);
                }
                yield e;
            }
        };
    }

    private Expression leaf(Ctx ctx) {
        return switch (random.nextInt(12)) {
            case 0, 1, 2 -> new Identifier(N, pick(REFERENCES));
            case 3 -> number();
            case 4 -> string();
            case 5 -> new BooleanLiteral(N, chance(2));
            case 6 -> new NullLiteral(N);
            case 7 -> new ThisExpression(N);
            case 8 -> new RegExpLiteral(N, pick(REGEX_PATTERNS), flags());
            case 9 -> template(ctx, 0, false);
            case 10 -> new ArrayExpression(N, List.of());
            default -> new ObjectExpression(N, List.of());
        };
    }

    private NumberLiteral number() {
        Object[] n = NUMBERS[random.nextInt(NUMBERS.length)];
        return new NumberLiteral(N, (Double) n[1], (String) n[0]);
    }

    private StringLiteral string() {
        return new StringLiteral(N, randomString());
    }

    private String randomString() {
        StringBuilder s = new StringBuilder();
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            s.append(pick(STRING_CHARS));
        }
        return s.toString();
    }

    private String flags() {
        StringBuilder flags = new StringBuilder();
        for (char f : "dgimsuy".toCharArray()) {
            if (chance(5)) {
                flags.append(f);
            }
        }
        return flags.toString();
    }

    private TemplateLiteral template(Ctx ctx, int depth, boolean tagged) {
        int substitutions = depth <= 0 ? 0 : random.nextInt(3);
        List<TemplateElement> quasis = new ArrayList<>();
        List<Expression> expressions = new ArrayList<>();
        for (int i = 0; i <= substitutions; i++) {
            StringBuilder raw = new StringBuilder();
            StringBuilder cooked = new StringBuilder();
            boolean invalid = false;
            for (int j = 0, n = random.nextInt(4); j < n; j++) {
                String[] piece = tagged && chance(12) ? pick(INVALID_TEMPLATE_PIECES) : pick(TEMPLATE_PIECES);
                raw.append(piece[0]);
                if (piece[1] == null) {
                    invalid = true;
                } else {
                    cooked.append(piece[1]);
                }
            }
            quasis.add(new TemplateElement(N, raw.toString(), invalid ? null : cooked.toString(), i == substitutions));
            if (i < substitutions) {
                expressions.add(expression(ctx, depth - 1));
            }
        }
        return new TemplateLiteral(N, quasis, expressions);
    }

    private Expression unary(Ctx ctx, int depth) {
        if (chance(6)) {
            // delete of an identifier is an early error in strict code; of a private member too.
            return new UnaryExpression(N, "delete", member(ctx, depth, true));
        }
        return new UnaryExpression(N, pick(UNARY), expression(ctx, depth));
    }

    private List<Expression> arguments(Ctx ctx, int depth) {
        List<Expression> args = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            Expression e = expression(ctx, depth);
            args.add(chance(6) ? new SpreadElement(N, e) : e);
        }
        return args;
    }

    private Expression array(Ctx ctx, int depth) {
        List<Expression> elements = new ArrayList<>();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
            int kind = random.nextInt(6);
            elements.add(
                    kind == 0
                            ? new Elision(N)
                            : kind == 1 ? new SpreadElement(N, expression(ctx, depth)) : expression(ctx, depth));
        }
        return new ArrayExpression(N, elements);
    }

    private ObjectExpression object(Ctx ctx, int depth) {
        List<ObjectMember> members = new ArrayList<>();
        for (int i = 0, n = random.nextInt(4); i < n; i++) {
            members.add(objectMember(ctx, depth));
        }
        return new ObjectExpression(N, members);
    }

    private ObjectMember objectMember(Ctx ctx, int depth) {
        switch (random.nextInt(8)) {
            case 0 -> {
                Identifier name = new Identifier(N, pick(REFERENCES));
                return new Property(N, name, name, PropertyKind.INIT, false, false, true);
            }
            case 1 -> {
                return new SpreadElement(N, expression(ctx, depth));
            }
            case 2 -> {
                Key key = key(ctx, depth);
                return new Property(
                        N,
                        key.key(),
                        method(ctx, depth, MethodKind.METHOD, false),
                        PropertyKind.INIT,
                        key.computed(),
                        true,
                        false);
            }
            case 3 -> {
                Key key = key(ctx, depth);
                boolean getter = chance(2);
                FunctionExpression f = method(ctx, depth, getter ? MethodKind.GET : MethodKind.SET, false);
                return new Property(
                        N, key.key(), f, getter ? PropertyKind.GET : PropertyKind.SET, key.computed(), false, false);
            }
            default -> {
                Key key = key(ctx, depth);
                return new Property(
                        N, key.key(), expression(ctx, depth), PropertyKind.INIT, key.computed(), false, false);
            }
        }
    }

    private Expression property() {
        return new Identifier(N, pick(PROPERTY_NAMES));
    }

    /** {@code object.name}, {@code object[key]} or (not for assignment targets) {@code object.#name}. */
    private MemberExpression member(Ctx ctx, int depth, boolean target) {
        Expression object = expression(ctx, depth);
        if (chance(3)) {
            return new MemberExpression(N, object, expression(ctx, depth), true, false);
        }
        if (!target && !ctx.privateNames().isEmpty() && chance(2)) {
            return new MemberExpression(N, object, new PrivateIdentifier(N, pick(ctx.privateNames())), false, false);
        }
        return new MemberExpression(N, object, property(), false, false);
    }

    /** {@code a?.b.c()}: a run of links with at least one {@code ?.}, wrapped where short-circuiting ends. */
    private Expression chain(Ctx ctx, int depth) {
        Expression e = expression(ctx, depth);
        int links = 1 + random.nextInt(3);
        int optionalAt = random.nextInt(links);
        for (int i = 0; i < links; i++) {
            boolean optional = i == optionalAt || chance(4);
            e = switch (random.nextInt(4)) {
                case 0 -> new CallExpression(N, e, arguments(ctx, depth), optional);
                case 1 -> new MemberExpression(N, e, expression(ctx, depth), true, optional);
                case 2 ->
                    ctx.privateNames().isEmpty()
                            ? new MemberExpression(N, e, property(), false, optional)
                            : new MemberExpression(
                                    N, e, new PrivateIdentifier(N, pick(ctx.privateNames())), false, optional);
                default -> new MemberExpression(N, e, property(), false, optional);
            };
        }
        return new ChainExpression(N, e);
    }

    private Expression metaProperty(Ctx ctx) {
        if (ctx.newTarget() && chance(2)) {
            return new MetaProperty(N, "new", "target");
        }
        if (ctx.module()) {
            return new MetaProperty(N, "import", "meta");
        }
        return leaf(ctx);
    }

    private Expression superExpression(Ctx ctx, int depth) {
        if (ctx.superCall() && chance(2)) {
            return new CallExpression(N, new Super(N), arguments(ctx, depth), false);
        }
        if (ctx.superProperty()) {
            return chance(2)
                    ? new MemberExpression(N, new Super(N), property(), false, false)
                    : new MemberExpression(N, new Super(N), expression(ctx, depth), true, false);
        }
        return leaf(ctx);
    }

    // ---- randomness ----------------------------------------------------------------------------------

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String fresh(String prefix) {
        return prefix + (++names);
    }
}
