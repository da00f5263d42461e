package dev.loopsim.properties.gen;

import dev.loopsim.js.syntax.Node;
import dev.loopsim.js.syntax.Node.*;
import dev.loopsim.js.syntax.Span;
import java.util.List;

/**
 * Builds the AST nodes generated programs are made of, without source positions ({@link Span#NONE}):
 * the small vocabulary of calls, arrows and literals that async programs need.
 */
final class Js {
    private static final Span NO = Span.NONE;

    private Js() {}

    static Identifier id(String name) {
        return new Identifier(NO, name);
    }

    static StringLiteral str(String value) {
        return new StringLiteral(NO, value);
    }

    static NumberLiteral num(long value) {
        return new NumberLiteral(NO, value, Long.toString(value));
    }

    /** {@code object.name}, where {@code object} is a name or a dotted path such as {@code fs.promises}. */
    static Expression member(Expression object, String name) {
        return new MemberExpression(NO, object, id(name), false, false);
    }

    /** {@code a.b.c} from {@code "a.b.c"}. */
    static Expression path(String dotted) {
        String[] parts = dotted.split("\\.");
        Expression e = id(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            e = member(e, parts[i]);
        }
        return e;
    }

    static CallExpression call(Expression callee, Expression... args) {
        return new CallExpression(NO, callee, List.of(args), false);
    }

    /** {@code receiver.method(args)}. */
    static CallExpression method(Expression receiver, String name, Expression... args) {
        return call(member(receiver, name), args);
    }

    static NewExpression newExpr(String constructor, Expression... args) {
        return new NewExpression(NO, id(constructor), List.of(args));
    }

    /** {@code new Error(message)}. */
    static Expression error(String message) {
        return newExpr("Error", str(message));
    }

    static ExpressionStatement stmt(Expression e) {
        return new ExpressionStatement(NO, e);
    }

    static BlockStatement block(List<Statement> body) {
        return new BlockStatement(NO, List.copyOf(body));
    }

    /** {@code (params) => { body }}, async when asked. */
    static ArrowFunctionExpression arrow(List<String> params, List<Statement> body, boolean async) {
        return new ArrowFunctionExpression(
                NO, params.stream().map(p -> (Pattern) id(p)).toList(), block(body), async);
    }

    /** {@code (params) => expression}. */
    static ArrowFunctionExpression arrowExpr(List<String> params, Expression body) {
        return new ArrowFunctionExpression(
                NO, params.stream().map(p -> (Pattern) id(p)).toList(), body, false);
    }

    /** {@code console.log(args)}. */
    static Statement log(Expression... args) {
        return stmt(call(path("console.log"), args));
    }

    static Statement returns(Expression value) {
        return new ReturnStatement(NO, value);
    }

    static Statement throwsError(String message) {
        return new ThrowStatement(NO, error(message));
    }

    static Statement constant(String name, Expression init) {
        return new VariableDeclaration(NO, VariableKind.CONST, List.of(new VariableDeclarator(NO, id(name), init)));
    }

    static Expression await(Expression argument) {
        return new AwaitExpression(NO, argument);
    }

    static Statement tryCatch(List<Statement> body, String param, List<Statement> handler) {
        return new TryStatement(NO, block(body), new CatchClause(NO, id(param), block(handler)), null);
    }

    static Expression array(List<Expression> elements) {
        return new ArrayExpression(NO, List.copyOf(elements));
    }

    static Expression binary(String operator, Expression left, Expression right) {
        return new BinaryExpression(NO, operator, left, right);
    }

    /** {@code { then(res, rej) { body } }}: an object with a {@code then} method. */
    static Expression thenable(List<Statement> body) {
        FunctionExpression then =
                new FunctionExpression(NO, null, List.of(id("res"), id("rej")), block(body), false, false);
        return new ObjectExpression(
                NO, List.of(new Property(NO, id("then"), then, PropertyKind.INIT, false, true, false)));
    }

    static Program program(List<Statement> body) {
        return new Program(NO, SourceType.SCRIPT, false, List.copyOf(body));
    }

    /** {@code (async () => { body })()}: an async function called at once. */
    static CallExpression asyncCall(List<Statement> body) {
        return call(arrow(List.of(), body, true));
    }

    static Node.Expression undefined() {
        return id("undefined");
    }
}
