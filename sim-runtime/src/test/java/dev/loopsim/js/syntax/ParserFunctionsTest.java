package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static dev.loopsim.js.syntax.ParseAssertions.stmt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Function declarations and expressions, arrows and their cover grammar, async functions and generators. */
class ParserFunctionsTest {

    private static Expression firstExpressionIn(BlockStatement body) {
        return as(body.body().get(0), ExpressionStatement.class).expression();
    }

    @Test
    void functionDeclarationHasNameParamsAndBody() {
        FunctionDeclaration f = stmt("function add(a, b) { return a + b; }", FunctionDeclaration.class);
        assertThat(f.id().name()).isEqualTo("add");
        assertThat(f.params()).extracting(p -> as(p, Identifier.class).name()).containsExactly("a", "b");
        assertThat(f.body().body()).hasSize(1);
        assertThat(f.isAsync()).isFalse();
        assertThat(f.isGenerator()).isFalse();
    }

    @Test
    void functionExpressionMayBeAnonymousOrNamed() {
        FunctionExpression anonymous = expr("(function () {})", FunctionExpression.class);
        assertThat(anonymous.id()).isNull();
        FunctionExpression named = expr("(function fact(n) {})", FunctionExpression.class);
        assertThat(named.id().name()).isEqualTo("fact");
    }

    @Test
    void defaultParametersAreAssignmentPatterns() {
        FunctionDeclaration f = stmt("function f(a, b = a + 1) {}", FunctionDeclaration.class);
        AssignmentPattern b = as(f.params().get(1), AssignmentPattern.class);
        assertThat(as(b.left(), Identifier.class).name()).isEqualTo("b");
        assertThat(as(b.right(), BinaryExpression.class).operator()).isEqualTo("+");
    }

    @Test
    void restParameterIsRestElement() {
        FunctionDeclaration f = stmt("function f(a, ...rest) {}", FunctionDeclaration.class);
        RestElement rest = as(f.params().get(1), RestElement.class);
        assertThat(as(rest.argument(), Identifier.class).name()).isEqualTo("rest");
    }

    @Test
    void destructuringParameters() {
        FunctionDeclaration f = stmt("function f({ a, b: [c] }, [d, ...e] = []) {}", FunctionDeclaration.class);
        assertThat(f.params().get(0)).isInstanceOf(ObjectPattern.class);
        AssignmentPattern second = as(f.params().get(1), AssignmentPattern.class);
        ArrayPattern arr = as(second.left(), ArrayPattern.class);
        assertThat(arr.elements().get(1)).isInstanceOf(RestElement.class);
    }

    @Test
    void trailingCommaAfterLastParameter() {
        FunctionDeclaration f = stmt("function f(a, b,) {}", FunctionDeclaration.class);
        assertThat(f.params()).hasSize(2);
    }

    @Test
    void arrowWithParenthesizedParams() {
        ArrowFunctionExpression arrow = expr("(a, b) => a", ArrowFunctionExpression.class);
        assertThat(arrow.params())
                .extracting(p -> as(p, Identifier.class).name())
                .containsExactly("a", "b");
        assertThat(arrow.expressionBody()).isTrue();
        assertThat(as(arrow.body(), Identifier.class).name()).isEqualTo("a");
        assertThat(arrow.isAsync()).isFalse();
    }

    @Test
    void arrowWithNoParams() {
        ArrowFunctionExpression arrow = expr("() => {}", ArrowFunctionExpression.class);
        assertThat(arrow.params()).isEmpty();
        assertThat(arrow.expressionBody()).isFalse();
        assertThat(arrow.body()).isInstanceOf(BlockStatement.class);
    }

    @Test
    void arrowWithSingleUnparenthesizedParam() {
        ArrowFunctionExpression arrow = expr("x => x * 2", ArrowFunctionExpression.class);
        assertThat(as(arrow.params().get(0), Identifier.class).name()).isEqualTo("x");
        assertThat(as(arrow.body(), BinaryExpression.class).operator()).isEqualTo("*");
    }

    @Test
    void arrowCoverGrammarTurnsDefaultsPatternsAndRestIntoParams() {
        ArrowFunctionExpression arrow = expr("(a = 1, {b}, [c], ...d) => 0", ArrowFunctionExpression.class);
        List<Pattern> params = arrow.params();
        assertThat(params).hasSize(4);
        assertThat(as(params.get(0), AssignmentPattern.class).right()).isInstanceOf(NumberLiteral.class);
        ObjectPattern b = as(params.get(1), ObjectPattern.class);
        assertThat(as(b.properties().get(0), AssignmentProperty.class).shorthand())
                .isTrue();
        assertThat(params.get(2)).isInstanceOf(ArrayPattern.class);
        assertThat(as(as(params.get(3), RestElement.class).argument(), Identifier.class)
                        .name())
                .isEqualTo("d");
    }

    @Test
    void arrowReturningObjectLiteralNeedsParentheses() {
        ArrowFunctionExpression arrow = expr("() => ({ a: 1 })", ArrowFunctionExpression.class);
        assertThat(arrow.body()).isInstanceOf(ObjectExpression.class);
        ArrowFunctionExpression block = expr("() => { a: 1 }", ArrowFunctionExpression.class);
        BlockStatement body = as(block.body(), BlockStatement.class);
        assertThat(body.body().get(0)).isInstanceOf(LabeledStatement.class);
    }

    @Test
    void arrowBodyExtendsOverAssignmentButNotComma() {
        SequenceExpression s = expr("x => a = b, c", SequenceExpression.class);
        ArrowFunctionExpression arrow = as(s.expressions().get(0), ArrowFunctionExpression.class);
        assertThat(arrow.body()).isInstanceOf(AssignmentExpression.class);
    }

    @Test
    void arrowIsAnAssignmentExpressionOperand() {
        ConditionalExpression c = expr("a ? () => 1 : () => 2", ConditionalExpression.class);
        assertThat(c.consequent()).isInstanceOf(ArrowFunctionExpression.class);
        assertThat(c.alternate()).isInstanceOf(ArrowFunctionExpression.class);
    }

    @Test
    void curriedArrowsNestInTheBody() {
        ArrowFunctionExpression outer = expr("a => b => a + b", ArrowFunctionExpression.class);
        ArrowFunctionExpression inner = as(outer.body(), ArrowFunctionExpression.class);
        assertThat(as(inner.params().get(0), Identifier.class).name()).isEqualTo("b");
    }

    @Test
    void asyncArrowWithParenthesizedParam() {
        ArrowFunctionExpression arrow = expr("async (x) => await x", ArrowFunctionExpression.class);
        assertThat(arrow.isAsync()).isTrue();
        AwaitExpression body = as(arrow.body(), AwaitExpression.class);
        assertThat(as(body.argument(), Identifier.class).name()).isEqualTo("x");
    }

    @Test
    void asyncArrowWithSingleParam() {
        ArrowFunctionExpression arrow = expr("async x => x", ArrowFunctionExpression.class);
        assertThat(arrow.isAsync()).isTrue();
        assertThat(as(arrow.params().get(0), Identifier.class).name()).isEqualTo("x");
    }

    @Test
    void asyncArrowWithNoParams() {
        ArrowFunctionExpression arrow = expr("async () => {}", ArrowFunctionExpression.class);
        assertThat(arrow.isAsync()).isTrue();
        assertThat(arrow.params()).isEmpty();
    }

    @Test
    void asyncCalledAsAFunctionIsACall() {
        CallExpression call = expr("async(1)", CallExpression.class);
        assertThat(as(call.callee(), Identifier.class).name()).isEqualTo("async");
        assertThat(call.arguments()).hasSize(1);
    }

    @Test
    void asyncAsAnArrowParameterName() {
        ArrowFunctionExpression arrow = expr("async => async", ArrowFunctionExpression.class);
        assertThat(arrow.isAsync()).isFalse();
        assertThat(as(arrow.params().get(0), Identifier.class).name()).isEqualTo("async");
    }

    @Test
    void asyncFunctionDeclaration() {
        FunctionDeclaration f = stmt("async function f() { await g(); }", FunctionDeclaration.class);
        assertThat(f.isAsync()).isTrue();
        assertThat(f.isGenerator()).isFalse();
        assertThat(firstExpressionIn(f.body())).isInstanceOf(AwaitExpression.class);
    }

    @Test
    void awaitBindsLikeAUnaryOperator() {
        FunctionDeclaration f = stmt("async function f() { await a + b; }", FunctionDeclaration.class);
        BinaryExpression plus = as(firstExpressionIn(f.body()), BinaryExpression.class);
        assertThat(plus.left()).isInstanceOf(AwaitExpression.class);
    }

    @Test
    void asyncFunctionExpression() {
        FunctionExpression f = expr("(async function () {})", FunctionExpression.class);
        assertThat(f.isAsync()).isTrue();
    }

    @Test
    void generatorDeclarationWithYields() {
        FunctionDeclaration g = stmt("function* g() { yield 1; yield* other(); }", FunctionDeclaration.class);
        assertThat(g.isGenerator()).isTrue();
        assertThat(g.isAsync()).isFalse();
        YieldExpression first = as(firstExpressionIn(g.body()), YieldExpression.class);
        assertThat(first.delegate()).isFalse();
        assertThat(first.argument()).isInstanceOf(NumberLiteral.class);
        YieldExpression second =
                as(as(g.body().body().get(1), ExpressionStatement.class).expression(), YieldExpression.class);
        assertThat(second.delegate()).isTrue();
        assertThat(second.argument()).isInstanceOf(CallExpression.class);
    }

    @Test
    void yieldWithoutArgument() {
        FunctionDeclaration g = stmt("function* g() { yield; }", FunctionDeclaration.class);
        YieldExpression y = as(firstExpressionIn(g.body()), YieldExpression.class);
        assertThat(y.argument()).isNull();
    }

    @Test
    void yieldWithoutArgumentBeforeClosingParen() {
        FunctionDeclaration g = stmt("function* g() { f(yield); }", FunctionDeclaration.class);
        CallExpression call = as(firstExpressionIn(g.body()), CallExpression.class);
        assertThat(as(call.arguments().get(0), YieldExpression.class).argument())
                .isNull();
    }

    @Test
    void yieldHasLowerPrecedenceThanComma() {
        FunctionDeclaration g = stmt("function* g() { yield a, b; }", FunctionDeclaration.class);
        SequenceExpression s = as(firstExpressionIn(g.body()), SequenceExpression.class);
        assertThat(s.expressions().get(0)).isInstanceOf(YieldExpression.class);
    }

    @Test
    void yieldIsAnIdentifierInSloppyNonGeneratorCode() {
        BinaryExpression b = expr("yield * 2", BinaryExpression.class);
        assertThat(as(b.left(), Identifier.class).name()).isEqualTo("yield");
    }

    @Test
    void generatorFunctionExpression() {
        FunctionExpression f = expr("(function* () {})", FunctionExpression.class);
        assertThat(f.isGenerator()).isTrue();
    }

    @Test
    void asyncGeneratorWithAwaitAndYield() {
        FunctionDeclaration f = stmt(
                "async function* g() { const x = await p; yield x; for await (const y of s) yield* y; }",
                FunctionDeclaration.class);
        assertThat(f.isAsync()).isTrue();
        assertThat(f.isGenerator()).isTrue();
        ForOfStatement loop = as(f.body().body().get(2), ForOfStatement.class);
        assertThat(loop.isAwait()).isTrue();
    }

    @Test
    void awaitInsideNestedNonAsyncFunctionIsAnIdentifierInScript() {
        FunctionDeclaration f = stmt("async function f() { function g() { var await; } }", FunctionDeclaration.class);
        FunctionDeclaration g = as(f.body().body().get(0), FunctionDeclaration.class);
        VariableDeclaration decl = as(g.body().body().get(0), VariableDeclaration.class);
        assertThat(as(decl.declarations().get(0).id(), Identifier.class).name()).isEqualTo("await");
    }

    @Test
    void immediatelyInvokedFunctionExpression() {
        CallExpression call = expr("(function () { return 1; })()", CallExpression.class);
        assertThat(call.callee()).isInstanceOf(FunctionExpression.class);
        CallExpression inside = expr("(function () {}())", CallExpression.class);
        assertThat(inside.callee()).isInstanceOf(FunctionExpression.class);
    }

    @Test
    void immediatelyInvokedArrowNeedsParentheses() {
        CallExpression call = expr("(() => 1)()", CallExpression.class);
        assertThat(call.callee()).isInstanceOf(ArrowFunctionExpression.class);
    }

    @Test
    void functionsNestInsideFunctions() {
        Program p = script("function a() { function b() { return () => function c() {}; } }");
        FunctionDeclaration a = as(p.body().get(0), FunctionDeclaration.class);
        FunctionDeclaration b = as(a.body().body().get(0), FunctionDeclaration.class);
        ReturnStatement r = as(b.body().body().get(0), ReturnStatement.class);
        ArrowFunctionExpression arrow = as(r.argument(), ArrowFunctionExpression.class);
        assertThat(as(arrow.body(), FunctionExpression.class).id().name()).isEqualTo("c");
    }

    @Test
    void argumentsAndEvalAreOrdinaryNamesInSloppyCode() {
        FunctionDeclaration f = stmt("function f(eval) { return arguments.length; }", FunctionDeclaration.class);
        assertThat(as(f.params().get(0), Identifier.class).name()).isEqualTo("eval");
    }

    @Test
    void duplicateParametersAreAllowedInSloppySimpleLists() {
        FunctionDeclaration f = stmt("function f(a, a) {}", FunctionDeclaration.class);
        assertThat(f.params()).hasSize(2);
    }
}
