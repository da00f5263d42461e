package dev.loopsim.js.syntax;

import dev.loopsim.js.syntax.Node.*;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Turns an AST back into JavaScript text that parses to an equivalent tree, in one normalized style:
 * two-space indent, one statement per line, semicolons always, single-quoted strings, minimal parentheses.
 */
public final class Printer {

    /** ECMAScript expression precedence, loosest first; the one table every parenthesization reads. */
    enum Prec {
        SEQUENCE,
        ASSIGN, // also yield, arrow functions, spread arguments
        CONDITIONAL,
        COALESCE_OR, // ?? and || (never mixed without parentheses)
        AND,
        BIT_OR,
        BIT_XOR,
        BIT_AND,
        EQUALITY,
        RELATIONAL,
        SHIFT,
        ADDITIVE,
        MULTIPLICATIVE,
        EXPONENT, // right-associative
        UNARY, // also await
        UPDATE,
        CALL, // member access, calls, new with arguments, tagged templates, import()
        PRIMARY;

        Prec tighter() {
            return values()[ordinal() + 1];
        }

        boolean looserThan(Prec other) {
            return ordinal() < other.ordinal();
        }
    }

    private static final Map<String, Prec> BINARY = Map.ofEntries(
            Map.entry("??", Prec.COALESCE_OR),
            Map.entry("||", Prec.COALESCE_OR),
            Map.entry("&&", Prec.AND),
            Map.entry("|", Prec.BIT_OR),
            Map.entry("^", Prec.BIT_XOR),
            Map.entry("&", Prec.BIT_AND),
            Map.entry("==", Prec.EQUALITY),
            Map.entry("!=", Prec.EQUALITY),
            Map.entry("===", Prec.EQUALITY),
            Map.entry("!==", Prec.EQUALITY),
            Map.entry("<", Prec.RELATIONAL),
            Map.entry(">", Prec.RELATIONAL),
            Map.entry("<=", Prec.RELATIONAL),
            Map.entry(">=", Prec.RELATIONAL),
            Map.entry("in", Prec.RELATIONAL),
            Map.entry("instanceof", Prec.RELATIONAL),
            Map.entry("<<", Prec.SHIFT),
            Map.entry(">>", Prec.SHIFT),
            Map.entry(">>>", Prec.SHIFT),
            Map.entry("+", Prec.ADDITIVE),
            Map.entry("-", Prec.ADDITIVE),
            Map.entry("*", Prec.MULTIPLICATIVE),
            Map.entry("/", Prec.MULTIPLICATIVE),
            Map.entry("%", Prec.MULTIPLICATIVE),
            Map.entry("**", Prec.EXPONENT));

    static Prec precedence(Expression e) {
        return switch (e) {
            case SequenceExpression s -> Prec.SEQUENCE;
            case AssignmentExpression a -> Prec.ASSIGN;
            case ArrowFunctionExpression a -> Prec.ASSIGN;
            case YieldExpression y -> Prec.ASSIGN;
            case SpreadElement s -> Prec.ASSIGN;
            case ConditionalExpression c -> Prec.CONDITIONAL;
            case LogicalExpression l -> binaryPrecedence(l.operator());
            case BinaryExpression b -> binaryPrecedence(b.operator());
            case UnaryExpression u -> Prec.UNARY;
            case AwaitExpression a -> Prec.UNARY;
            case UpdateExpression u -> Prec.UPDATE;
            case CallExpression c -> Prec.CALL;
            case NewExpression n -> Prec.CALL;
            case MemberExpression m -> Prec.CALL;
            case TaggedTemplateExpression t -> Prec.CALL;
            case ImportExpression i -> Prec.CALL;
            case ChainExpression c -> Prec.CALL;
            default -> Prec.PRIMARY;
        };
    }

    private static Prec binaryPrecedence(String operator) {
        Prec p = BINARY.get(operator);
        if (p == null) {
            throw new IllegalArgumentException("unknown binary operator " + operator);
        }
        return p;
    }

    private final StringBuilder out = new StringBuilder();
    private int indent;

    private Printer() {}

    /** JavaScript text for {@code node}: a program, statement, expression, pattern or any other AST part. */
    public static String print(Node node) {
        Printer p = new Printer();
        p.node(node);
        return p.out.toString();
    }

    /**
     * True when {@code s} ends in an {@code if} without {@code else}, so that an {@code else} printed after
     * it would attach to that inner {@code if}.
     */
    static boolean endsWithElselessIf(Statement s) {
        return switch (s) {
            case IfStatement i -> i.alternate() == null || endsWithElselessIf(i.alternate());
            case ForStatement f -> endsWithElselessIf(f.body());
            case ForInStatement f -> endsWithElselessIf(f.body());
            case ForOfStatement f -> endsWithElselessIf(f.body());
            case WhileStatement w -> endsWithElselessIf(w.body());
            case LabeledStatement l -> endsWithElselessIf(l.body());
            default -> false;
        };
    }

    private void node(Node node) {
        switch (node) {
            case Program program -> {
                statementList(program.body(), true);
                if (!program.body().isEmpty()) {
                    out.append('\n');
                }
            }
            case Statement s -> statement(s);
            case Expression e -> expression(e, Prec.SEQUENCE);
            case Pattern p -> pattern(p);
            case Property p -> property(p);
            case AssignmentProperty p -> assignmentProperty(p);
            case ClassElement c -> classElement(c);
            case ImportClause c -> importClause(c);
            case ExportSpecifier s -> exportSpecifier(s);
            case VariableDeclarator d -> declarator(d, false);
            case CatchClause c -> catchClause(c);
            case SwitchCase c -> switchCase(c);
            case TemplateElement t -> out.append(t.raw());
        }
    }

    // ---- statements ----------------------------------------------------------------------------------

    /** Statements one per line at the current indent; a function or program body guards its prologue. */
    private void statementList(List<Statement> body, boolean directivePrologue) {
        boolean prologue = directivePrologue;
        for (int i = 0; i < body.size(); i++) {
            Statement s = body.get(i);
            if (i > 0) {
                newline();
            }
            if (s instanceof Directive) {
                statement(s);
                continue;
            }
            if (prologue && s instanceof ExpressionStatement es && es.expression() instanceof StringLiteral) {
                // Parenthesized so it is not read back as a directive.
                out.append('(');
                expression(es.expression(), Prec.SEQUENCE);
                out.append(");");
            } else {
                statement(s);
            }
            prologue = false;
        }
    }

    private void newline() {
        out.append('\n');
        out.append("  ".repeat(indent));
    }

    private void block(List<Statement> body, boolean functionBody) {
        if (body.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        indent++;
        newline();
        statementList(body, functionBody);
        indent--;
        newline();
        out.append('}');
    }

    /** The body of an {@code if}, loop or {@code else}: a block on the same line, anything else indented below. */
    private void body(Statement s) {
        if (s instanceof BlockStatement b) {
            out.append(' ');
            block(b.body(), false);
        } else {
            indent++;
            newline();
            statement(s);
            indent--;
        }
    }

    private void statement(Statement s) {
        switch (s) {
            case Directive d -> out.append(d.raw()).append(';');
            case ExpressionStatement es -> {
                int start = out.length();
                expression(es.expression(), Prec.SEQUENCE);
                if (startsLikeDeclarationOrBlock(start)) {
                    wrapFrom(start);
                }
                out.append(';');
            }
            case BlockStatement b -> block(b.body(), false);
            case EmptyStatement e -> out.append(';');
            case DebuggerStatement d -> out.append("debugger;");
            case VariableDeclaration v -> {
                variableDeclaration(v, false);
                out.append(';');
            }
            case FunctionDeclaration f -> function(f.id(), f.params(), f.body(), f.isAsync(), f.isGenerator());
            case ClassDeclaration c -> classTail(c.id(), c.superClass(), c.body());
            case ReturnStatement r -> {
                out.append("return");
                if (r.argument() != null) {
                    out.append(' ');
                    expression(r.argument(), Prec.SEQUENCE);
                }
                out.append(';');
            }
            case IfStatement i -> ifStatement(i);
            case ForStatement f -> forStatement(f);
            case ForInStatement f -> {
                out.append("for (");
                forLeft(f.left());
                out.append(" in ");
                expression(f.right(), Prec.SEQUENCE);
                out.append(')');
                body(f.body());
            }
            case ForOfStatement f -> {
                out.append(f.isAwait() ? "for await (" : "for (");
                if (f.left() instanceof MemberExpression m
                        && m.property() instanceof Identifier p
                        && p.name().equals("async")) {
                    // V8 (Node 20) rejects `for (x.async of y)`, which the grammar allows.
                    out.append('(');
                    forLeft(f.left());
                    out.append(')');
                } else {
                    forLeft(f.left());
                }
                out.append(" of ");
                expression(f.right(), Prec.ASSIGN);
                out.append(')');
                body(f.body());
            }
            case WhileStatement w -> {
                out.append("while (");
                expression(w.test(), Prec.SEQUENCE);
                out.append(')');
                body(w.body());
            }
            case DoWhileStatement d -> {
                out.append("do");
                body(d.body());
                if (d.body() instanceof BlockStatement) {
                    out.append(' ');
                } else {
                    newline();
                }
                out.append("while (");
                expression(d.test(), Prec.SEQUENCE);
                out.append(");");
            }
            case BreakStatement b -> jump("break", b.label());
            case ContinueStatement c -> jump("continue", c.label());
            case ThrowStatement t -> {
                out.append("throw ");
                expression(t.argument(), Prec.SEQUENCE);
                out.append(';');
            }
            case TryStatement t -> {
                out.append("try ");
                block(t.block().body(), false);
                if (t.handler() != null) {
                    out.append(' ');
                    catchClause(t.handler());
                }
                if (t.finalizer() != null) {
                    out.append(" finally ");
                    block(t.finalizer().body(), false);
                }
            }
            case SwitchStatement sw -> {
                out.append("switch (");
                expression(sw.discriminant(), Prec.SEQUENCE);
                out.append(") {");
                indent++;
                for (SwitchCase c : sw.cases()) {
                    newline();
                    switchCase(c);
                }
                indent--;
                newline();
                out.append('}');
            }
            case LabeledStatement l -> {
                out.append(l.label().name()).append(": ");
                statement(l.body());
            }
            case ImportDeclaration i -> importDeclaration(i);
            case ExportNamedDeclaration e -> exportNamed(e);
            case ExportDefaultDeclaration e -> exportDefault(e);
            case ExportAllDeclaration e -> {
                out.append("export *");
                if (e.exported() != null) {
                    out.append(" as ");
                    moduleExportName(e.exported());
                }
                out.append(" from ");
                string(e.source().value());
                out.append(';');
            }
        }
    }

    private void jump(String keyword, Identifier label) {
        out.append(keyword);
        if (label != null) {
            out.append(' ').append(label.name());
        }
        out.append(';');
    }

    private void ifStatement(IfStatement i) {
        out.append("if (");
        expression(i.test(), Prec.SEQUENCE);
        out.append(')');
        Statement consequent = i.consequent();
        if (i.alternate() != null && endsWithElselessIf(consequent)) {
            // Without braces the else would attach to the inner if.
            consequent = new BlockStatement(Span.NONE, List.of(consequent));
        }
        body(consequent);
        if (i.alternate() == null) {
            return;
        }
        if (consequent instanceof BlockStatement) {
            out.append(' ');
        } else {
            newline();
        }
        out.append("else");
        if (i.alternate() instanceof IfStatement) {
            out.append(' ');
            statement(i.alternate());
        } else {
            body(i.alternate());
        }
    }

    private void forStatement(ForStatement f) {
        out.append("for (");
        if (f.init() instanceof VariableDeclaration v) {
            variableDeclaration(v, true);
        } else if (f.init() instanceof Expression e) {
            int start = out.length();
            expression(e, Prec.SEQUENCE);
            if (containsInOperator(e)) {
                wrapFrom(start);
            }
        }
        out.append(';');
        if (f.test() != null) {
            out.append(' ');
            expression(f.test(), Prec.SEQUENCE);
        }
        out.append(';');
        if (f.update() != null) {
            out.append(' ');
            expression(f.update(), Prec.SEQUENCE);
        }
        out.append(')');
        body(f.body());
    }

    private void forLeft(Node left) {
        if (left instanceof VariableDeclaration v) {
            variableDeclaration(v, false);
        } else {
            pattern((Pattern) left);
        }
    }

    /** {@code inForInit}: an {@code in} anywhere in an initializer would be read as a for-in, so it gets parentheses. */
    private void variableDeclaration(VariableDeclaration v, boolean inForInit) {
        out.append(v.kind().keyword).append(' ');
        for (int i = 0; i < v.declarations().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            declarator(v.declarations().get(i), inForInit);
        }
    }

    private void declarator(VariableDeclarator d, boolean inForInit) {
        pattern(d.id());
        if (d.init() != null) {
            out.append(" = ");
            int start = out.length();
            expression(d.init(), Prec.ASSIGN);
            if (inForInit && containsInOperator(d.init())) {
                wrapFrom(start);
            }
        }
    }

    private void catchClause(CatchClause c) {
        out.append("catch ");
        if (c.param() != null) {
            out.append('(');
            pattern(c.param());
            out.append(") ");
        }
        block(c.body().body(), false);
    }

    private void switchCase(SwitchCase c) {
        if (c.test() == null) {
            out.append("default:");
        } else {
            out.append("case ");
            expression(c.test(), Prec.SEQUENCE);
            out.append(':');
        }
        indent++;
        for (Statement s : c.consequent()) {
            newline();
            statement(s);
        }
        indent--;
    }

    // ---- modules -------------------------------------------------------------------------------------

    private void importDeclaration(ImportDeclaration i) {
        out.append("import ");
        List<ImportClause> specifiers = i.specifiers();
        boolean any = false;
        boolean braceOpen = false;
        for (ImportClause c : specifiers) {
            if (c instanceof ImportSpecifier) {
                out.append(braceOpen ? ", " : any ? ", {" : "{");
                braceOpen = true;
            } else if (any) {
                out.append(", ");
            }
            importClause(c);
            any = true;
        }
        if (braceOpen) {
            out.append('}');
        }
        if (any) {
            out.append(" from ");
        }
        string(i.source().value());
        out.append(';');
    }

    private void importClause(ImportClause c) {
        switch (c) {
            case ImportDefaultSpecifier d -> out.append(d.local().name());
            case ImportNamespaceSpecifier n ->
                out.append("* as ").append(n.local().name());
            case ImportSpecifier s -> {
                if (!(s.imported() instanceof Identifier id
                        && id.name().equals(s.local().name()))) {
                    moduleExportName(s.imported());
                    out.append(" as ");
                }
                out.append(s.local().name());
            }
        }
    }

    private void exportNamed(ExportNamedDeclaration e) {
        out.append("export ");
        if (e.declaration() != null) {
            statement(e.declaration());
            return;
        }
        out.append('{');
        for (int i = 0; i < e.specifiers().size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            exportSpecifier(e.specifiers().get(i));
        }
        out.append('}');
        if (e.source() != null) {
            out.append(" from ");
            string(e.source().value());
        }
        out.append(';');
    }

    private void exportSpecifier(ExportSpecifier s) {
        moduleExportName(s.local());
        boolean same = s.local() instanceof Identifier l
                && s.exported() instanceof Identifier x
                && l.name().equals(x.name());
        if (!same) {
            out.append(" as ");
            moduleExportName(s.exported());
        }
    }

    private void moduleExportName(Expression name) {
        switch (name) {
            case Identifier id -> out.append(id.name());
            case StringLiteral s -> string(s.value());
            default -> throw new IllegalArgumentException("not a module export name: " + name);
        }
    }

    private void exportDefault(ExportDefaultDeclaration e) {
        out.append("export default ");
        switch (e.declaration()) {
            case FunctionDeclaration f -> function(f.id(), f.params(), f.body(), f.isAsync(), f.isGenerator());
            case ClassDeclaration c -> classTail(c.id(), c.superClass(), c.body());
            case Expression x -> {
                int start = out.length();
                expression(x, Prec.ASSIGN);
                if (startsWithWord(start, "function")
                        || startsWithAsyncFunction(start)
                        || startsWithWord(start, "class")) {
                    wrapFrom(start);
                }
                out.append(';');
            }
            default -> throw new IllegalArgumentException("cannot export as default: " + e.declaration());
        }
    }

    // ---- functions and classes -----------------------------------------------------------------------

    private void function(
            Identifier id, List<Pattern> params, BlockStatement body, boolean isAsync, boolean isGenerator) {
        if (isAsync) {
            out.append("async ");
        }
        out.append("function");
        if (isGenerator) {
            out.append('*');
        }
        out.append(' ');
        if (id != null) {
            out.append(id.name());
        }
        params(params);
        out.append(' ');
        block(body.body(), true);
    }

    private void params(List<Pattern> params) {
        out.append('(');
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            pattern(params.get(i));
        }
        out.append(')');
    }

    private void arrow(ArrowFunctionExpression a) {
        if (a.isAsync()) {
            out.append("async ");
        }
        params(a.params());
        out.append(" => ");
        if (a.body() instanceof BlockStatement b) {
            block(b.body(), true);
        } else {
            int start = out.length();
            expression((Expression) a.body(), Prec.ASSIGN);
            if (out.charAt(start) == '{') {
                wrapFrom(start);
            }
        }
    }

    private void classTail(Identifier id, Expression superClass, List<ClassElement> body) {
        out.append("class ");
        if (id != null) {
            out.append(id.name()).append(' ');
        }
        if (superClass != null) {
            out.append("extends ");
            expression(superClass, Prec.CALL);
            out.append(' ');
        }
        if (body.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        indent++;
        for (ClassElement element : body) {
            newline();
            classElement(element);
        }
        indent--;
        newline();
        out.append('}');
    }

    private void classElement(ClassElement element) {
        switch (element) {
            case MethodDefinition m -> {
                if (m.isStatic()) {
                    out.append("static ");
                }
                method(m.key(), m.computed(), m.value(), m.kind() == MethodKind.GET, m.kind() == MethodKind.SET);
            }
            case PropertyDefinition p -> {
                if (p.isStatic()) {
                    out.append("static ");
                }
                propertyKey(p.key(), p.computed());
                if (p.value() != null) {
                    out.append(" = ");
                    expression(p.value(), Prec.ASSIGN);
                }
                out.append(';');
            }
            case StaticBlock b -> {
                out.append("static ");
                block(b.body(), false);
            }
        }
    }

    private void method(Expression key, boolean computed, FunctionExpression f, boolean getter, boolean setter) {
        if (getter) {
            out.append("get ");
        } else if (setter) {
            out.append("set ");
        } else {
            if (f.isAsync()) {
                out.append("async ");
            }
            if (f.isGenerator()) {
                out.append('*');
            }
        }
        propertyKey(key, computed);
        params(f.params());
        out.append(' ');
        block(f.body().body(), true);
    }

    private void propertyKey(Expression key, boolean computed) {
        if (computed) {
            out.append('[');
            expression(key, Prec.ASSIGN);
            out.append(']');
            return;
        }
        switch (key) {
            case Identifier id -> out.append(id.name());
            case PrivateIdentifier p -> out.append('#').append(p.name());
            case StringLiteral s -> string(s.value());
            case NumberLiteral n -> out.append(n.raw());
            case BigIntLiteral n -> out.append(n.raw());
            default -> throw new IllegalArgumentException("not a property key: " + key);
        }
    }

    private void property(Property p) {
        if (p.shorthand()) {
            expression(p.value(), Prec.ASSIGN);
        } else if (p.kind() != PropertyKind.INIT || p.method()) {
            method(
                    p.key(),
                    p.computed(),
                    (FunctionExpression) p.value(),
                    p.kind() == PropertyKind.GET,
                    p.kind() == PropertyKind.SET);
        } else {
            propertyKey(p.key(), p.computed());
            out.append(": ");
            expression(p.value(), Prec.ASSIGN);
        }
    }

    // ---- patterns ------------------------------------------------------------------------------------

    private void pattern(Pattern p) {
        switch (p) {
            case Identifier id -> out.append(id.name());
            case MemberExpression m -> expression(m, Prec.CALL);
            case Elision e -> {}
            case ObjectPattern o -> {
                out.append('{');
                for (int i = 0; i < o.properties().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    switch (o.properties().get(i)) {
                        case AssignmentProperty a -> assignmentProperty(a);
                        case RestElement r -> pattern(r);
                    }
                }
                out.append('}');
            }
            case ArrayPattern a -> {
                out.append('[');
                for (int i = 0; i < a.elements().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    pattern(a.elements().get(i));
                }
                if (!a.elements().isEmpty() && a.elements().getLast() instanceof Elision) {
                    out.append(',');
                }
                out.append(']');
            }
            case AssignmentPattern a -> {
                pattern(a.left());
                out.append(" = ");
                expression(a.right(), Prec.ASSIGN);
            }
            case RestElement r -> {
                out.append("...");
                pattern(r.argument());
            }
        }
    }

    private void assignmentProperty(AssignmentProperty a) {
        if (!a.shorthand()) {
            propertyKey(a.key(), a.computed());
            out.append(": ");
        }
        pattern(a.value());
    }

    // ---- expressions ---------------------------------------------------------------------------------

    private void expression(Expression e, Prec min) {
        expression(e, min, false);
    }

    private void expression(Expression e, Prec min, boolean forceParens) {
        boolean parens = forceParens || precedence(e).looserThan(min);
        if (parens) {
            out.append('(');
        }
        bareExpression(e);
        if (parens) {
            out.append(')');
        }
    }

    private void bareExpression(Expression e) {
        switch (e) {
            case Identifier id -> out.append(id.name());
            case PrivateIdentifier p -> out.append('#').append(p.name());
            case NullLiteral n -> out.append("null");
            case BooleanLiteral b -> out.append(b.value());
            case NumberLiteral n -> out.append(n.raw());
            case BigIntLiteral n -> out.append(n.raw());
            case StringLiteral s -> string(s.value());
            case RegExpLiteral r ->
                out.append('/').append(r.pattern()).append('/').append(r.flags());
            case TemplateLiteral t -> template(t);
            case TaggedTemplateExpression t -> {
                expression(t.tag(), Prec.CALL, t.tag() instanceof ChainExpression);
                template(t.quasi());
            }
            case ThisExpression t -> out.append("this");
            case Super s -> out.append("super");
            case Elision el -> {}
            case SpreadElement s -> {
                out.append("...");
                expression(s.argument(), Prec.ASSIGN);
            }
            case ArrayExpression a -> {
                out.append('[');
                list(a.elements());
                if (!a.elements().isEmpty() && a.elements().getLast() instanceof Elision) {
                    out.append(',');
                }
                out.append(']');
            }
            case ObjectExpression o -> {
                out.append('{');
                for (int i = 0; i < o.properties().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    switch (o.properties().get(i)) {
                        case Property p -> property(p);
                        case SpreadElement s -> bareExpression(s);
                    }
                }
                out.append('}');
            }
            case FunctionExpression f -> function(f.id(), f.params(), f.body(), f.isAsync(), f.isGenerator());
            case ArrowFunctionExpression a -> arrow(a);
            case ClassExpression c -> classTail(c.id(), c.superClass(), c.body());
            case UnaryExpression u -> {
                out.append(u.operator());
                boolean word = Character.isLetter(u.operator().charAt(0));
                if (word) {
                    out.append(' ');
                }
                int start = out.length();
                expression(u.argument(), Prec.UNARY);
                // - -x and + +x must not merge into -- and ++.
                if (!word && out.charAt(start) == u.operator().charAt(0)) {
                    out.insert(start, ' ');
                }
            }
            case UpdateExpression u -> {
                if (u.prefix()) {
                    out.append(u.operator());
                    expression(u.argument(), Prec.CALL);
                } else {
                    expression(u.argument(), Prec.CALL);
                    out.append(u.operator());
                }
            }
            case BinaryExpression b -> binary(b.operator(), b.left(), b.right());
            case LogicalExpression l -> binary(l.operator(), l.left(), l.right());
            case AssignmentExpression a -> {
                pattern(a.left());
                out.append(' ').append(a.operator()).append(' ');
                expression(a.right(), Prec.ASSIGN);
            }
            case ConditionalExpression c -> {
                expression(c.test(), Prec.COALESCE_OR);
                out.append(" ? ");
                expression(c.consequent(), Prec.ASSIGN);
                out.append(" : ");
                expression(c.alternate(), Prec.ASSIGN);
            }
            case CallExpression c -> {
                expression(c.callee(), Prec.CALL, c.callee() instanceof ChainExpression);
                out.append(c.optional() ? "?.(" : "(");
                arguments(c.arguments());
                out.append(')');
            }
            case NewExpression n -> {
                out.append("new ");
                // Without parentheses the first argument list would belong to the call inside the callee.
                boolean parens = n.callee() instanceof ChainExpression || containsCallBeforeArguments(n.callee());
                expression(n.callee(), Prec.CALL, parens);
                out.append('(');
                arguments(n.arguments());
                out.append(')');
            }
            case MemberExpression m -> member(m);
            case ChainExpression c -> bareExpression(c.expression());
            case SequenceExpression s -> {
                for (int i = 0; i < s.expressions().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    expression(s.expressions().get(i), Prec.ASSIGN);
                }
            }
            case YieldExpression y -> {
                out.append(y.delegate() ? "yield*" : "yield");
                if (y.argument() != null) {
                    out.append(' ');
                    expression(y.argument(), Prec.ASSIGN);
                }
            }
            case AwaitExpression a -> {
                out.append("await ");
                expression(a.argument(), Prec.UNARY);
            }
            case MetaProperty m -> out.append(m.meta()).append('.').append(m.property());
            case ImportExpression i -> {
                out.append("import(");
                expression(i.source(), Prec.ASSIGN);
                out.append(')');
            }
        }
    }

    private void binary(String operator, Expression left, Expression right) {
        Prec p = binaryPrecedence(operator);
        boolean exponent = operator.equals("**");
        expression(left, exponent ? Prec.UPDATE : p, mixesNullish(operator, left));
        out.append(' ').append(operator).append(' ');
        expression(right, exponent ? p : p.tighter(), mixesNullish(operator, right));
    }

    /** {@code ??} may not share an unparenthesized operand with {@code ||} or {@code &&}. */
    private static boolean mixesNullish(String operator, Expression operand) {
        if (!(operand instanceof LogicalExpression l)) {
            return false;
        }
        return operator.equals("??") != l.operator().equals("??")
                && (operator.equals("??") || operator.equals("||") || operator.equals("&&"));
    }

    private void member(MemberExpression m) {
        Expression object = m.object();
        boolean parens = object instanceof ChainExpression
                || (!m.computed() && !m.optional() && object instanceof NumberLiteral n && isDigitsOnly(n.raw()));
        expression(object, Prec.CALL, parens);
        if (m.computed()) {
            out.append(m.optional() ? "?.[" : "[");
            expression(m.property(), Prec.SEQUENCE);
            out.append(']');
        } else {
            out.append(m.optional() ? "?." : ".");
            bareExpression(m.property());
        }
    }

    private static boolean isDigitsOnly(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code new callee()} would read as a call: a call along the member chain the callee starts with. */
    private static boolean containsCallBeforeArguments(Expression callee) {
        Expression e = callee;
        while (true) {
            switch (e) {
                case CallExpression c -> {
                    return true;
                }
                case ImportExpression i -> {
                    return true;
                }
                case MemberExpression m -> e = m.object();
                case TaggedTemplateExpression t -> e = t.tag();
                default -> {
                    return false;
                }
            }
        }
    }

    /**
     * Call and new arguments. A destructuring assignment among them is parenthesized: V8 (Node 20) rejects
     * {@code f([g()], [] = x)} although the grammar allows it.
     */
    private void arguments(List<Expression> args) {
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Expression arg = args.get(i);
            if (arg instanceof SpreadElement spread) {
                out.append("...");
                arg = spread.argument();
            }
            boolean destructuring = arg instanceof AssignmentExpression a
                    && (a.left() instanceof ObjectPattern || a.left() instanceof ArrayPattern);
            expression(arg, Prec.ASSIGN, destructuring);
        }
    }

    private void list(List<Expression> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            Expression item = items.get(i);
            if (item instanceof Elision) {
                continue;
            }
            expression(item, Prec.ASSIGN);
        }
    }

    private void template(TemplateLiteral t) {
        out.append('`');
        for (int i = 0; i < t.quasis().size(); i++) {
            out.append(t.quasis().get(i).raw());
            if (i < t.expressions().size()) {
                out.append("${");
                expression(t.expressions().get(i), Prec.SEQUENCE);
                out.append('}');
            }
        }
        out.append('`');
    }

    private void string(String value) {
        out.append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\u000B' -> out.append("\\v");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                case '\0' -> {
                    boolean digitNext = i + 1 < value.length() && Character.isDigit(value.charAt(i + 1));
                    out.append(digitNext ? "\\x00" : "\\0");
                }
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < value.length()
                            && Character.isLowSurrogate(value.charAt(i + 1))) {
                        out.append(c).append(value.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('\'');
    }

    // ---- text checks ---------------------------------------------------------------------------------

    private void wrapFrom(int start) {
        out.insert(start, '(');
        out.append(')');
    }

    /** An expression statement may not start with {@code {}, {@code function}, {@code async function}, {@code class} or {@code let [}. */
    private boolean startsLikeDeclarationOrBlock(int start) {
        if (start < out.length() && out.charAt(start) == '{') {
            return true;
        }
        if (startsWithWord(start, "function") || startsWithWord(start, "class") || startsWithAsyncFunction(start)) {
            return true;
        }
        if (startsWithWord(start, "let")) {
            int i = skipSpaces(start + 3);
            return i < out.length() && out.charAt(i) == '[';
        }
        return false;
    }

    private boolean startsWithAsyncFunction(int start) {
        if (!startsWithWord(start, "async")) {
            return false;
        }
        int i = skipSpaces(start + 5);
        return i > start + 5 && startsWithWord(i, "function");
    }

    private int skipSpaces(int i) {
        while (i < out.length() && Character.isWhitespace(out.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean startsWithWord(int start, String word) {
        int end = start + word.length();
        if (end > out.length() || !out.substring(start, end).equals(word)) {
            return false;
        }
        return end == out.length() || !Character.isJavaIdentifierPart(out.charAt(end));
    }

    /** Whether {@code node} has an {@code in} operator anywhere inside (a for-init needs it parenthesized). */
    private static boolean containsInOperator(Object node) {
        if (node instanceof BinaryExpression b && b.operator().equals("in")) {
            return true;
        }
        if (node instanceof List<?> list) {
            for (Object item : list) {
                if (containsInOperator(item)) {
                    return true;
                }
            }
            return false;
        }
        if (node instanceof Node && node instanceof Record) {
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                if (c.getType() == Span.class || c.getType().isPrimitive() || c.getType() == String.class) {
                    continue;
                }
                try {
                    if (containsInOperator(c.getAccessor().invoke(node))) {
                        return true;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c, e);
                }
            }
        }
        return false;
    }
}
