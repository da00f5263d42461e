package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.moduleUnsupported;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static dev.loopsim.js.syntax.ParseAssertions.unsupported;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import org.junit.jupiter.api.Test;

/**
 * Constructs outside loopsim's language: rejected with loopsim's own message ("not supported by loopsim: …"),
 * not V8's, at the position of the construct.
 */
class ParserUnsupportedTest {

    private static JsSyntaxError assertUnsupported(JsSyntaxError error, String feature, int line, int column) {
        assertThat(error.isUnsupported()).isTrue();
        assertThat(error.getMessage()).startsWith("not supported by loopsim: ");
        assertThat(error.getMessage().substring("not supported by loopsim: ".length()))
                .containsIgnoringCase(feature);
        assertThat(error.headline()).isEqualTo(error.getMessage());
        assertThat(error.span().line() + ":" + error.span().column()).isEqualTo(line + ":" + column);
        return error;
    }

    @Test
    void withStatementIsUnsupported() {
        assertUnsupported(unsupported("with (o) { x; }"), "with", 1, 1);
    }

    @Test
    void withStatementInsideAFunctionIsUnsupportedAtItsPosition() {
        assertUnsupported(unsupported("function f(o) {\n  with (o) {}\n}"), "with", 2, 3);
    }

    @Test
    void directEvalCallIsUnsupported() {
        assertUnsupported(unsupported("x = eval('1 + 1');"), "eval", 1, 5);
    }

    @Test
    void directEvalCallAsAStatementIsUnsupported() {
        assertUnsupported(unsupported("var a = 1;\neval(code)"), "eval", 2, 1);
    }

    @Test
    void evalCallInModuleIsUnsupported() {
        assertUnsupported(moduleUnsupported("export const v = eval('1');"), "eval", 1, 18);
    }

    @Test
    void newFunctionIsUnsupported() {
        JsSyntaxError error = unsupported("const add = new Function('a', 'b', 'return a + b');");
        assertThat(error.isUnsupported()).isTrue();
        assertThat(error.getMessage()).startsWith("not supported by loopsim: ").contains("Function");
        assertThat(error.span().line()).isEqualTo(1);
        // The construct is the new-expression; pointing at `new` or at `Function` are both fine.
        assertThat(error.span().column()).isIn(13, 17);
    }

    @Test
    void callingFunctionConstructorIsUnsupported() {
        assertUnsupported(unsupported("const f = Function('return 1');"), "Function", 1, 11);
    }

    @Test
    void classDecoratorIsUnsupported() {
        assertUnsupported(unsupported("@dec class A {}"), "decorator", 1, 1);
    }

    @Test
    void memberDecoratorIsUnsupported() {
        assertUnsupported(unsupported("class A { @dec m() {} }"), "decorator", 1, 11);
    }

    @Test
    void evalAsAPropertyNameOrMethodIsFine() {
        CallExpression call = expr("x.eval()", CallExpression.class);
        assertThat(as(as(call.callee(), MemberExpression.class).property(), Identifier.class)
                        .name())
                .isEqualTo("eval");
        assertThat(expr("obj.eval", MemberExpression.class).computed()).isFalse();
        assertThat(expr("({ eval: 1 })", ObjectExpression.class).properties()).hasSize(1);
    }

    @Test
    void uncalledEvalIdentifierIsFine() {
        assertThat(expr("typeof eval", UnaryExpression.class).operator()).isEqualTo("typeof");
        assertThat(as(expr("f = eval", AssignmentExpression.class).right(), Identifier.class)
                        .name())
                .isEqualTo("eval");
    }

    @Test
    void functionIdentifierThatIsNotCalledOrConstructedIsFine() {
        BinaryExpression b = expr("x instanceof Function", BinaryExpression.class);
        assertThat(as(b.right(), Identifier.class).name()).isEqualTo("Function");
        assertThat(expr("Function.prototype.call", MemberExpression.class).computed())
                .isFalse();
    }

    @Test
    void withAsAPropertyNameIsFine() {
        assertThat(script("o.with = 1; ({ with: 2 });").body()).hasSize(2);
    }

    @Test
    void numberFollowedByIdentifierNIsStillASyntaxErrorOnlyWhenAttached() {
        Program p = script("x = 10; n = 1");
        assertThat(p.body()).hasSize(2);
    }
}
