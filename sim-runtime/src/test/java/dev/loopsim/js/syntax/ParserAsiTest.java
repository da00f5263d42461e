package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.assertScriptError;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static dev.loopsim.js.syntax.ParseAssertions.stmt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Automatic semicolon insertion (ECMA-262 §12.10), including the restricted productions. */
class ParserAsiTest {

    private static List<Statement> functionBody(String code) {
        return as(script(code).body().get(0), FunctionDeclaration.class).body().body();
    }

    @Test
    void asiInsertsSemicolonAfterReturnBeforeNewline() {
        List<Statement> body = functionBody("function f() { return\n1 }");
        assertThat(body).hasSize(2);
        assertThat(as(body.get(0), ReturnStatement.class).argument()).isNull();
        assertThat(as(body.get(1), ExpressionStatement.class).expression()).isInstanceOf(NumberLiteral.class);
    }

    @Test
    void returnArgumentOnTheSameLineIsKept() {
        List<Statement> body = functionBody("function f() { return 1\n}");
        assertThat(as(body.get(0), ReturnStatement.class).argument()).isInstanceOf(NumberLiteral.class);
    }

    @Test
    void newlineInsideAMultiLineCommentAfterReturnAlsoEndsIt() {
        List<Statement> body = functionBody("function f() { return /*\n*/ 1 }");
        assertThat(as(body.get(0), ReturnStatement.class).argument()).isNull();
    }

    @Test
    void singleLineCommentAfterReturnDoesNotEndItWithoutNewline() {
        List<Statement> body = functionBody("function f() { return /* c */ 1 }");
        assertThat(as(body.get(0), ReturnStatement.class).argument()).isInstanceOf(NumberLiteral.class);
    }

    @Test
    void throwFollowedByNewlineIsAnError() {
        assertScriptError("throw\nnew Error()", "Illegal newline after throw", 1, 1);
    }

    @Test
    void breakLabelOnTheNextLineIsAStatementOfItsOwn() {
        LabeledStatement l = stmt("a: while (1) { break\na }", LabeledStatement.class);
        BlockStatement body = as(as(l.body(), WhileStatement.class).body(), BlockStatement.class);
        assertThat(body.body()).hasSize(2);
        assertThat(as(body.body().get(0), BreakStatement.class).label()).isNull();
    }

    @Test
    void continueLabelOnTheNextLineIsAStatementOfItsOwn() {
        LabeledStatement l = stmt("a: while (1) { continue\na }", LabeledStatement.class);
        BlockStatement body = as(as(l.body(), WhileStatement.class).body(), BlockStatement.class);
        assertThat(as(body.body().get(0), ContinueStatement.class).label()).isNull();
        assertThat(body.body().get(1)).isInstanceOf(ExpressionStatement.class);
    }

    @Test
    void postfixIncrementAcrossNewlineBecomesPrefixOnNextLine() {
        Program program = script("a\n++b");
        assertThat(program.body()).hasSize(2);
        assertThat(as(program.body().get(0), ExpressionStatement.class).expression())
                .isInstanceOf(Identifier.class);
        UpdateExpression update =
                as(as(program.body().get(1), ExpressionStatement.class).expression(), UpdateExpression.class);
        assertThat(update.prefix()).isTrue();
        assertThat(as(update.argument(), Identifier.class).name()).isEqualTo("b");
    }

    @Test
    void postfixDecrementAcrossNewlineBecomesPrefixOnNextLine() {
        Program program = script("a\n--\nb");
        assertThat(program.body()).hasSize(2);
        UpdateExpression update =
                as(as(program.body().get(1), ExpressionStatement.class).expression(), UpdateExpression.class);
        assertThat(update.operator()).isEqualTo("--");
        assertThat(update.prefix()).isTrue();
    }

    @Test
    void yieldFollowedByNewlineHasNoArgument() {
        List<Statement> body = functionBody("function* g() { yield\n1 }");
        assertThat(body).hasSize(2);
        YieldExpression y = as(as(body.get(0), ExpressionStatement.class).expression(), YieldExpression.class);
        assertThat(y.argument()).isNull();
        assertThat(y.delegate()).isFalse();
    }

    @Test
    void asyncNewlineFunctionIsNotAnAsyncFunction() {
        Program program = script("async\nfunction f() {}");
        assertThat(program.body()).hasSize(2);
        assertThat(as(as(program.body().get(0), ExpressionStatement.class).expression(), Identifier.class)
                        .name())
                .isEqualTo("async");
        assertThat(as(program.body().get(1), FunctionDeclaration.class).isAsync())
                .isFalse();
    }

    @Test
    void asyncNewlineArrowIsTheIdentifierAsyncThenAPlainArrow() {
        Program program = script("async\nx => x");
        assertThat(program.body()).hasSize(2);
        assertThat(as(as(program.body().get(0), ExpressionStatement.class).expression(), Identifier.class)
                        .name())
                .isEqualTo("async");
        ArrowFunctionExpression arrow =
                as(as(program.body().get(1), ExpressionStatement.class).expression(), ArrowFunctionExpression.class);
        assertThat(arrow.isAsync()).isFalse();
    }

    @Test
    void arrowMayNotFollowANewlineAfterParams() {
        assertScriptError("var f = (a)\n=> a", "Unexpected token '=>'", 2, 1);
    }

    @Test
    void arrowMayNotFollowANewlineAfterSingleParam() {
        assertScriptError("a\n=>b", "Unexpected token '=>'", 2, 1);
    }

    @Test
    void noAsiInsideForHeader() {
        assertScriptError("for (a\nb) {}", "Unexpected identifier 'b'", 2, 1);
        assertScriptError("for (;\n) {}", "Unexpected token ')'", 2, 1);
    }

    @Test
    void asiBeforeClosingBrace() {
        BlockStatement block = stmt("{ a; b }", BlockStatement.class);
        assertThat(block.body()).hasSize(2);
        FunctionDeclaration f = stmt("function f() { return 1 }", FunctionDeclaration.class);
        assertThat(f.body().body()).hasSize(1);
    }

    @Test
    void asiAtEndOfInput() {
        Program program = script("var a = 1\nvar b = 2");
        assertThat(program.body()).hasSize(2);
        assertThat(script("x = 1").body()).hasSize(1);
    }

    @Test
    void noAsiWithoutNewlineBetweenStatements() {
        assertScriptError("a b", "Unexpected identifier 'b'", 1, 3);
    }

    @Test
    void parenthesisOnTheNextLineContinuesACall() {
        Program program = script("a\n(b)");
        assertThat(program.body()).hasSize(1);
        CallExpression call =
                as(as(program.body().get(0), ExpressionStatement.class).expression(), CallExpression.class);
        assertThat(as(call.callee(), Identifier.class).name()).isEqualTo("a");
    }

    @Test
    void bracketOnTheNextLineContinuesAMemberAccess() {
        Program program = script("a\n[b]");
        assertThat(program.body()).hasSize(1);
        MemberExpression m =
                as(as(program.body().get(0), ExpressionStatement.class).expression(), MemberExpression.class);
        assertThat(m.computed()).isTrue();
    }

    @Test
    void templateOnTheNextLineIsATaggedTemplate() {
        Program program = script("a\n`t`");
        assertThat(program.body()).hasSize(1);
        assertThat(as(program.body().get(0), ExpressionStatement.class).expression())
                .isInstanceOf(TaggedTemplateExpression.class);
    }

    @Test
    void binaryOperatorOnTheNextLineContinuesTheExpression() {
        Program program = script("a\n+ b");
        assertThat(program.body()).hasSize(1);
        assertThat(as(as(program.body().get(0), ExpressionStatement.class).expression(), BinaryExpression.class)
                        .operator())
                .isEqualTo("+");
    }

    @Test
    void slashOnTheNextLineIsDivision() {
        Program program = script("a = b\n/c/g");
        assertThat(program.body()).hasSize(1);
        AssignmentExpression assign =
                as(as(program.body().get(0), ExpressionStatement.class).expression(), AssignmentExpression.class);
        BinaryExpression outer = as(assign.right(), BinaryExpression.class);
        assertThat(outer.operator()).isEqualTo("/");
        assertThat(as(outer.right(), Identifier.class).name()).isEqualTo("g");
    }

    @Test
    void asiAfterDoWhileClosingParenEvenWithoutNewline() {
        Program program = script("do x(); while (false) y()");
        assertThat(program.body()).hasSize(2);
        assertThat(program.body().get(0)).isInstanceOf(DoWhileStatement.class);
        assertThat(program.body().get(1)).isInstanceOf(ExpressionStatement.class);
    }

    @Test
    void emptyStatementNeedsAnExplicitSemicolon() {
        Program program = script("if (a) ;\nb");
        IfStatement s = as(program.body().get(0), IfStatement.class);
        assertThat(s.consequent()).isInstanceOf(EmptyStatement.class);
        assertScriptError("if (a)\n", "Unexpected end of input", 2, 1);
    }

    @Test
    void letNewlineIdentifierIsADeclaration() {
        VariableDeclaration decl = stmt("let\nx = 1", VariableDeclaration.class);
        assertThat(decl.kind()).isEqualTo(VariableKind.LET);
    }

    @Test
    void varDeclarationsOnSeparateLinesWithoutSemicolons() {
        Program program = script("let a = 1\nlet b = a\nconst c = b");
        assertThat(program.body()).hasSize(3).allMatch(s -> s instanceof VariableDeclaration);
    }

    @Test
    void expressionStatementsOnSeparateLinesWithoutSemicolons() {
        Program program = script("x = 1\ny = 2\nf()");
        assertThat(program.body()).hasSize(3);
    }

    @Test
    void closingBraceOfFunctionExpressionDoesNotEndTheStatement() {
        CallExpression call = expr("(function () {})\n()", CallExpression.class);
        assertThat(call.callee()).isInstanceOf(FunctionExpression.class);
    }
}
