package dev.loopsim.js.syntax;

import java.util.List;

/**
 * The JavaScript AST: a sealed hierarchy of records, ESTree-shaped, each carrying its {@link Span}.
 *
 * <p>Nullable components are marked {@code // nullable}; lists never contain null (an array hole is an
 * {@link Elision}). Operators are kept as their source text ({@code "+"}, {@code "??="}, {@code "typeof"}).
 * Two trees are compared without their positions by {@link AstEquality}.
 */
public sealed interface Node {

    Span span();

    /** A statement or declaration, including module import/export declarations. */
    sealed interface Statement extends Node {}

    /** An expression. {@link SpreadElement} is one too, valid only in argument, array and object lists. */
    sealed interface Expression extends Node {}

    /** A binding or assignment target: what may stand left of {@code =} or in a parameter list. */
    sealed interface Pattern extends Node {}

    /** A member of an object literal. */
    sealed interface ObjectMember extends Node {}

    /** A member of an object pattern. */
    sealed interface ObjectPatternMember extends Node {}

    /** A member of a class body. */
    sealed interface ClassElement extends Node {}

    /** An import specifier. */
    sealed interface ImportClause extends Node {}

    enum SourceType {
        SCRIPT,
        MODULE
    }

    enum VariableKind {
        VAR("var"),
        LET("let"),
        CONST("const");

        public final String keyword;

        VariableKind(String keyword) {
            this.keyword = keyword;
        }
    }

    enum PropertyKind {
        INIT,
        GET,
        SET
    }

    enum MethodKind {
        CONSTRUCTOR,
        METHOD,
        GET,
        SET
    }

    // ---- program -------------------------------------------------------------------------------------

    /** A whole script or module; {@code strict} is true for modules and for a {@code 'use strict'} script. */
    record Program(Span span, SourceType sourceType, boolean strict, List<Statement> body) implements Node {}

    // ---- statements ----------------------------------------------------------------------------------

    /** A directive prologue entry such as {@code 'use strict'}; {@code raw} is the literal with its quotes. */
    record Directive(Span span, String raw) implements Statement {
        public String value() {
            return raw.substring(1, raw.length() - 1);
        }
    }

    record ExpressionStatement(Span span, Expression expression) implements Statement {}

    record BlockStatement(Span span, List<Statement> body) implements Statement {}

    record EmptyStatement(Span span) implements Statement {}

    record DebuggerStatement(Span span) implements Statement {}

    record VariableDeclaration(Span span, VariableKind kind, List<VariableDeclarator> declarations)
            implements Statement {}

    record VariableDeclarator(Span span, Pattern id, Expression init /* nullable */) implements Node {}

    /** {@code body} holds the directives first, then the statements. */
    record FunctionDeclaration(
            Span span, Identifier id, List<Pattern> params, BlockStatement body, boolean isAsync, boolean isGenerator)
            implements Statement {}

    record ClassDeclaration(Span span, Identifier id, Expression superClass /* nullable */, List<ClassElement> body)
            implements Statement {}

    record ReturnStatement(Span span, Expression argument /* nullable */) implements Statement {}

    record IfStatement(Span span, Expression test, Statement consequent, Statement alternate /* nullable */)
            implements Statement {}

    /** {@code init} is a {@link VariableDeclaration}, an {@link Expression} or null. */
    record ForStatement(
            Span span,
            Node init /* nullable */,
            Expression test /* nullable */,
            Expression update /* nullable */,
            Statement body)
            implements Statement {}

    /** {@code left} is a {@link VariableDeclaration} with one declarator and no initializer, or a {@link Pattern}. */
    record ForInStatement(Span span, Node left, Expression right, Statement body) implements Statement {}

    /** As {@link ForInStatement}; {@code isAwait} for {@code for await}. */
    record ForOfStatement(Span span, Node left, Expression right, Statement body, boolean isAwait)
            implements Statement {}

    record WhileStatement(Span span, Expression test, Statement body) implements Statement {}

    record DoWhileStatement(Span span, Statement body, Expression test) implements Statement {}

    record BreakStatement(Span span, Identifier label /* nullable */) implements Statement {}

    record ContinueStatement(Span span, Identifier label /* nullable */) implements Statement {}

    record ThrowStatement(Span span, Expression argument) implements Statement {}

    record TryStatement(
            Span span,
            BlockStatement block,
            CatchClause handler /* nullable */,
            BlockStatement finalizer /* nullable */)
            implements Statement {}

    /** {@code param} is null for {@code catch { … }}. */
    record CatchClause(Span span, Pattern param /* nullable */, BlockStatement body) implements Node {}

    record SwitchStatement(Span span, Expression discriminant, List<SwitchCase> cases) implements Statement {}

    /** {@code test} is null for {@code default:}. */
    record SwitchCase(Span span, Expression test /* nullable */, List<Statement> consequent) implements Node {}

    record LabeledStatement(Span span, Identifier label, Statement body) implements Statement {}

    // ---- modules -------------------------------------------------------------------------------------

    record ImportDeclaration(Span span, List<ImportClause> specifiers, StringLiteral source) implements Statement {}

    /** {@code import { imported as local }}; {@code imported} is an {@link Identifier} or a {@link StringLiteral}. */
    record ImportSpecifier(Span span, Expression imported, Identifier local) implements ImportClause {}

    record ImportDefaultSpecifier(Span span, Identifier local) implements ImportClause {}

    record ImportNamespaceSpecifier(Span span, Identifier local) implements ImportClause {}

    /** Either {@code declaration} or {@code specifiers} (with an optional {@code source}) is present. */
    record ExportNamedDeclaration(
            Span span,
            Statement declaration /* nullable */,
            List<ExportSpecifier> specifiers,
            StringLiteral source /* nullable */)
            implements Statement {}

    /** {@code local} and {@code exported} are {@link Identifier}s or {@link StringLiteral}s. */
    record ExportSpecifier(Span span, Expression local, Expression exported) implements Node {}

    /** {@code declaration} is a {@link FunctionDeclaration} or {@link ClassDeclaration} (id may be null) or an {@link Expression}. */
    record ExportDefaultDeclaration(Span span, Node declaration) implements Statement {}

    record ExportAllDeclaration(Span span, Expression exported /* nullable */, StringLiteral source)
            implements Statement {}

    // ---- expressions ---------------------------------------------------------------------------------

    record Identifier(Span span, String name) implements Expression, Pattern {}

    /** {@code #name}, as a class member key or the left operand of {@code in}; {@code name} excludes the {@code #}. */
    record PrivateIdentifier(Span span, String name) implements Expression {}

    record NullLiteral(Span span) implements Expression {}

    record BooleanLiteral(Span span, boolean value) implements Expression {}

    /** {@code raw} is the literal as written ({@code 0xff}, {@code 1_000}). */
    record NumberLiteral(Span span, double value, String raw) implements Expression {}

    /** A BigInt literal ({@code 10n}, {@code 0x1fn}); {@code raw} is as written, suffix included. */
    record BigIntLiteral(Span span, java.math.BigInteger value, String raw) implements Expression {}

    record StringLiteral(Span span, String value) implements Expression {}

    record RegExpLiteral(Span span, String pattern, String flags) implements Expression {}

    /** {@code quasis.size() == expressions.size() + 1}. */
    record TemplateLiteral(Span span, List<TemplateElement> quasis, List<Expression> expressions)
            implements Expression {}

    /** {@code cooked} is null for an invalid escape in a tagged template. */
    record TemplateElement(Span span, String raw, String cooked /* nullable */, boolean tail) implements Node {}

    record TaggedTemplateExpression(Span span, Expression tag, TemplateLiteral quasi) implements Expression {}

    record ThisExpression(Span span) implements Expression {}

    /** {@code super}, only as the object of a member expression or the callee of a call. */
    record Super(Span span) implements Expression {}

    /** Holes are {@link Elision}s; spread is {@link SpreadElement}. */
    record ArrayExpression(Span span, List<Expression> elements) implements Expression {}

    /** A hole in an array literal or array pattern. */
    record Elision(Span span) implements Expression, Pattern {}

    record ObjectExpression(Span span, List<ObjectMember> properties) implements Expression {}

    /**
     * An object literal property. For {@code method} or a getter/setter {@code value} is a
     * {@link FunctionExpression}; for {@code shorthand} {@code value} is the {@link Identifier} of the key.
     */
    record Property(
            Span span,
            Expression key,
            Expression value,
            PropertyKind kind,
            boolean computed,
            boolean method,
            boolean shorthand)
            implements ObjectMember {}

    record SpreadElement(Span span, Expression argument) implements Expression, ObjectMember {}

    record FunctionExpression(
            Span span,
            Identifier id /* nullable */,
            List<Pattern> params,
            BlockStatement body,
            boolean isAsync,
            boolean isGenerator)
            implements Expression {}

    /** {@code body} is a {@link BlockStatement} or, for a concise body, an {@link Expression}. */
    record ArrowFunctionExpression(Span span, List<Pattern> params, Node body, boolean isAsync) implements Expression {
        public boolean expressionBody() {
            return !(body instanceof BlockStatement);
        }
    }

    record ClassExpression(
            Span span, Identifier id /* nullable */, Expression superClass /* nullable */, List<ClassElement> body)
            implements Expression {}

    /** {@code key} is an {@link Identifier}, {@link StringLiteral}, {@link NumberLiteral}, {@link BigIntLiteral}, {@link PrivateIdentifier} or, when computed, any expression. */
    record MethodDefinition(
            Span span, Expression key, FunctionExpression value, MethodKind kind, boolean computed, boolean isStatic)
            implements ClassElement {}

    record PropertyDefinition(
            Span span, Expression key, Expression value /* nullable */, boolean computed, boolean isStatic)
            implements ClassElement {}

    record StaticBlock(Span span, List<Statement> body) implements ClassElement {}

    /** {@code - + ! ~ typeof void delete}. */
    record UnaryExpression(Span span, String operator, Expression argument) implements Expression {}

    /** {@code ++ --}, prefix or postfix; the argument is an {@link Identifier} or {@link MemberExpression}. */
    record UpdateExpression(Span span, String operator, boolean prefix, Expression argument) implements Expression {}

    /** Arithmetic, bitwise, relational and equality operators, {@code **}, {@code in}, {@code instanceof}. */
    record BinaryExpression(Span span, String operator, Expression left, Expression right) implements Expression {}

    /** {@code && || ??}. */
    record LogicalExpression(Span span, String operator, Expression left, Expression right) implements Expression {}

    /** {@code = += … **= &&= ||= ??=}; {@code left} is a pattern only for plain {@code =}. */
    record AssignmentExpression(Span span, String operator, Pattern left, Expression right) implements Expression {}

    record ConditionalExpression(Span span, Expression test, Expression consequent, Expression alternate)
            implements Expression {}

    /** {@code optional} for {@code f?.()}; a call inside an optional chain sits under a {@link ChainExpression}. */
    record CallExpression(Span span, Expression callee, List<Expression> arguments, boolean optional)
            implements Expression {}

    record NewExpression(Span span, Expression callee, List<Expression> arguments) implements Expression {}

    /** {@code property} is an {@link Identifier} (or {@link PrivateIdentifier}) unless {@code computed}. */
    record MemberExpression(Span span, Expression object, Expression property, boolean computed, boolean optional)
            implements Expression, Pattern {}

    /** The whole of an optional chain {@code a?.b.c()}: where short-circuiting stops. */
    record ChainExpression(Span span, Expression expression) implements Expression {}

    record SequenceExpression(Span span, List<Expression> expressions) implements Expression {}

    record YieldExpression(Span span, Expression argument /* nullable */, boolean delegate) implements Expression {}

    record AwaitExpression(Span span, Expression argument) implements Expression {}

    /** {@code new.target} or {@code import.meta}. */
    record MetaProperty(Span span, String meta, String property) implements Expression {}

    /** Dynamic {@code import(source)}. */
    record ImportExpression(Span span, Expression source) implements Expression {}

    // ---- patterns ------------------------------------------------------------------------------------

    record ObjectPattern(Span span, List<ObjectPatternMember> properties) implements Pattern {}

    /** {@code key: value} in an object pattern; {@code shorthand} when written as just the name (maybe with a default). */
    record AssignmentProperty(Span span, Expression key, Pattern value, boolean computed, boolean shorthand)
            implements ObjectPatternMember {}

    /** Holes are {@link Elision}s. */
    record ArrayPattern(Span span, List<Pattern> elements) implements Pattern {}

    /** {@code left = right}: a target with a default value. */
    record AssignmentPattern(Span span, Pattern left, Expression right) implements Pattern {}

    record RestElement(Span span, Pattern argument) implements Pattern, ObjectPatternMember {}
}
