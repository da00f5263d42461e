package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.assertScriptError;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static dev.loopsim.js.syntax.ParseAssertions.stmt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import org.junit.jupiter.api.Test;

/** Where a slash starts a regular expression or divides, and template literals: nesting, tags, raw and cooked. */
class ParserTemplatesAndRegexTest {

    // ---- regex vs division -------------------------------------------------------------------------

    @Test
    void divisionAfterIdentifier() {
        BinaryExpression outer =
                as(expr("x = a / b / c", AssignmentExpression.class).right(), BinaryExpression.class);
        assertThat(outer.operator()).isEqualTo("/");
        BinaryExpression inner = as(outer.left(), BinaryExpression.class);
        assertThat(inner.operator()).isEqualTo("/");
        assertThat(as(outer.right(), Identifier.class).name()).isEqualTo("c");
    }

    @Test
    void divisionAfterCloseParen() {
        BinaryExpression b = expr("(a) / 2 / i", BinaryExpression.class);
        assertThat(b.operator()).isEqualTo("/");
        assertThat(as(b.right(), Identifier.class).name()).isEqualTo("i");
    }

    @Test
    void divisionAfterCloseBracket() {
        BinaryExpression b = expr("a[0] / 2 / g", BinaryExpression.class);
        assertThat(as(b.left(), BinaryExpression.class).left()).isInstanceOf(MemberExpression.class);
    }

    @Test
    void divisionAfterNumber() {
        BinaryExpression b = expr("1 / 2 / 3", BinaryExpression.class);
        assertThat(as(b.right(), NumberLiteral.class).value()).isEqualTo(3.0);
    }

    @Test
    void divisionAfterThisAndAfterPostfixIncrement() {
        assertThat(expr("this / 2", BinaryExpression.class).left()).isInstanceOf(ThisExpression.class);
        assertThat(expr("a++ / 2", BinaryExpression.class).left()).isInstanceOf(UpdateExpression.class);
    }

    @Test
    void divisionAfterObjectLiteralClosingBrace() {
        AssignmentExpression a = expr("x = {} / 2", AssignmentExpression.class);
        BinaryExpression b = as(a.right(), BinaryExpression.class);
        assertThat(b.left()).isInstanceOf(ObjectExpression.class);
    }

    @Test
    void divideAssignIsAnOperator() {
        AssignmentExpression a = expr("a /= 2", AssignmentExpression.class);
        assertThat(a.operator()).isEqualTo("/=");
    }

    @Test
    void regexAtStartOfScript() {
        CallExpression call = expr("/ab+c/i.test(s)", CallExpression.class);
        RegExpLiteral re = as(as(call.callee(), MemberExpression.class).object(), RegExpLiteral.class);
        assertThat(re.pattern()).isEqualTo("ab+c");
        assertThat(re.flags()).isEqualTo("i");
    }

    @Test
    void regexStartingWithEqualsSign() {
        CallExpression call = expr("/=/.test(s)", CallExpression.class);
        assertThat(as(as(call.callee(), MemberExpression.class).object(), RegExpLiteral.class)
                        .pattern())
                .isEqualTo("=");
    }

    @Test
    void regexAllowedAfterOpenParen() {
        CallExpression call = expr("f(/a/g)", CallExpression.class);
        assertThat(as(call.arguments().get(0), RegExpLiteral.class).flags()).isEqualTo("g");
    }

    @Test
    void regexAllowedAfterComma() {
        CallExpression call = expr("f(a, /b/)", CallExpression.class);
        assertThat(as(call.arguments().get(1), RegExpLiteral.class).pattern()).isEqualTo("b");
    }

    @Test
    void regexAllowedAfterEquals() {
        AssignmentExpression a = expr("x = /[a-z]+/gu", AssignmentExpression.class);
        RegExpLiteral re = as(a.right(), RegExpLiteral.class);
        assertThat(re.pattern()).isEqualTo("[a-z]+");
        assertThat(re.flags()).isEqualTo("gu");
    }

    @Test
    void regexAllowedAfterReturn() {
        FunctionDeclaration f = stmt("function f() { return /x/; }", FunctionDeclaration.class);
        assertThat(as(f.body().body().get(0), ReturnStatement.class).argument()).isInstanceOf(RegExpLiteral.class);
    }

    @Test
    void regexAllowedAfterTypeof() {
        UnaryExpression u = expr("typeof /x/", UnaryExpression.class);
        assertThat(u.argument()).isInstanceOf(RegExpLiteral.class);
    }

    @Test
    void regexAllowedAfterOpenBraceAndSemicolon() {
        BlockStatement block = stmt("{ /a/.test(s); /b/ }", BlockStatement.class);
        assertThat(block.body()).hasSize(2);
        assertThat(as(block.body().get(1), ExpressionStatement.class).expression())
                .isInstanceOf(RegExpLiteral.class);
    }

    @Test
    void regexAfterBlockClosingBrace() {
        Program p = script("{}\n/re/g.test(s)");
        assertThat(p.body()).hasSize(2);
        assertThat(p.body().get(0)).isInstanceOf(BlockStatement.class);
        CallExpression call = as(as(p.body().get(1), ExpressionStatement.class).expression(), CallExpression.class);
        assertThat(as(call.callee(), MemberExpression.class).object()).isInstanceOf(RegExpLiteral.class);
    }

    @Test
    void regexAfterBlockClosingBraceOnSameLine() {
        Program p = script("{}/re/");
        assertThat(p.body()).hasSize(2);
        assertThat(as(p.body().get(1), ExpressionStatement.class).expression()).isInstanceOf(RegExpLiteral.class);
    }

    @Test
    void regexAfterIfHeaderCloseParen() {
        IfStatement s = stmt("if (x) /re/.test(y)", IfStatement.class);
        CallExpression call = as(as(s.consequent(), ExpressionStatement.class).expression(), CallExpression.class);
        assertThat(as(call.callee(), MemberExpression.class).object()).isInstanceOf(RegExpLiteral.class);
    }

    @Test
    void regexAfterOpenBracketNotAndColon() {
        ArrayExpression a = expr("[/a/, /b/]", ArrayExpression.class);
        assertThat(a.elements()).allMatch(e -> e instanceof RegExpLiteral);
        assertThat(expr("!/a/.test(s)", UnaryExpression.class).operator()).isEqualTo("!");
        ConditionalExpression c = expr("t ? /a/ : /b/", ConditionalExpression.class);
        assertThat(c.alternate()).isInstanceOf(RegExpLiteral.class);
    }

    @Test
    void regexAfterYieldAndAwait() {
        FunctionDeclaration g = stmt("function* g() { yield /a/; }", FunctionDeclaration.class);
        YieldExpression y =
                as(as(g.body().body().get(0), ExpressionStatement.class).expression(), YieldExpression.class);
        assertThat(y.argument()).isInstanceOf(RegExpLiteral.class);
        FunctionDeclaration f = stmt("async function f() { await /a/; }", FunctionDeclaration.class);
        AwaitExpression a =
                as(as(f.body().body().get(0), ExpressionStatement.class).expression(), AwaitExpression.class);
        assertThat(a.argument()).isInstanceOf(RegExpLiteral.class);
    }

    @Test
    void slashInsideRegexCharacterClassDoesNotEndIt() {
        RegExpLiteral re = as(expr("x = /[/]+/", AssignmentExpression.class).right(), RegExpLiteral.class);
        assertThat(re.pattern()).isEqualTo("[/]+");
    }

    @Test
    void escapedSlashInsideRegex() {
        RegExpLiteral re = as(expr("x = /a\\/b/", AssignmentExpression.class).right(), RegExpLiteral.class);
        assertThat(re.pattern()).isEqualTo("a\\/b");
    }

    @Test
    void regexAcceptsEveryNode20Flag() {
        RegExpLiteral re = as(expr("x = /a/dgimsy", AssignmentExpression.class).right(), RegExpLiteral.class);
        assertThat(re.flags()).isEqualTo("dgimsy");
        RegExpLiteral v = as(expr("x = /[a]/v", AssignmentExpression.class).right(), RegExpLiteral.class);
        assertThat(v.flags()).isEqualTo("v");
    }

    @Test
    void duplicateRegexFlagIsInvalid() {
        assertScriptError("/a/gg", "Invalid regular expression flags", 1, 1);
    }

    @Test
    void unknownRegexFlagIsInvalid() {
        assertScriptError("x = /a/z", "Invalid regular expression flags", 1, 5);
    }

    @Test
    void invalidRegexPatternIsAnEarlyError() {
        assertScriptError("/(/", "Invalid regular expression: /(/: Unterminated group", 1, 1);
        assertScriptError("x = /+/", "Invalid regular expression: /+/: Nothing to repeat", 1, 5);
    }

    @Test
    void unterminatedRegexIsMissingSlash() {
        assertScriptError("var r = /abc", "Invalid regular expression: missing /", 1, 9);
        assertScriptError("/abc\n/", "Invalid regular expression: missing /", 1, 1);
        assertScriptError("x = /[/", "Invalid regular expression: missing /", 1, 5);
    }

    // ---- templates ---------------------------------------------------------------------------------

    @Test
    void templateWithoutSubstitutionsHasOneTailQuasi() {
        TemplateLiteral t = expr("`abc`", TemplateLiteral.class);
        assertThat(t.expressions()).isEmpty();
        assertThat(t.quasis()).hasSize(1);
        assertThat(t.quasis().get(0).cooked()).isEqualTo("abc");
        assertThat(t.quasis().get(0).tail()).isTrue();
    }

    @Test
    void templateQuasisSurroundEachSubstitution() {
        TemplateLiteral t = expr("`a${b}c${d + 1}e`", TemplateLiteral.class);
        assertThat(t.quasis()).extracting(TemplateElement::cooked).containsExactly("a", "c", "e");
        assertThat(t.quasis()).extracting(TemplateElement::tail).containsExactly(false, false, true);
        assertThat(t.expressions()).hasSize(2);
        assertThat(as(t.expressions().get(1), BinaryExpression.class).operator())
                .isEqualTo("+");
    }

    @Test
    void emptyQuasisAroundAdjacentSubstitutions() {
        TemplateLiteral t = expr("`${a}${b}`", TemplateLiteral.class);
        assertThat(t.quasis()).extracting(TemplateElement::cooked).containsExactly("", "", "");
    }

    @Test
    void templateNestedInsideSubstitution() {
        TemplateLiteral outer = expr("`${`${a}`}`", TemplateLiteral.class);
        TemplateLiteral inner = as(outer.expressions().get(0), TemplateLiteral.class);
        assertThat(as(inner.expressions().get(0), Identifier.class).name()).isEqualTo("a");
        assertThat(outer.quasis()).hasSize(2);
    }

    @Test
    void bracesInsideSubstitutionDoNotEndIt() {
        TemplateLiteral t = expr("`x${ {a: 1}.a }y${ (() => { return '}'; })() }z`", TemplateLiteral.class);
        assertThat(t.expressions()).hasSize(2);
        assertThat(t.expressions().get(0)).isInstanceOf(MemberExpression.class);
        assertThat(t.expressions().get(1)).isInstanceOf(CallExpression.class);
        assertThat(t.quasis()).extracting(TemplateElement::cooked).containsExactly("x", "y", "z");
    }

    @Test
    void dollarWithoutBraceIsText() {
        TemplateLiteral t = expr("`$a $ {b}`", TemplateLiteral.class);
        assertThat(t.expressions()).isEmpty();
        assertThat(t.quasis().get(0).cooked()).isEqualTo("$a $ {b}");
    }

    @Test
    void templateEscapesAreCookedAndRawIsKept() {
        TemplateLiteral t = expr("`a\\nb\\`c\\u0041`", TemplateLiteral.class);
        assertThat(t.quasis().get(0).cooked()).isEqualTo("a\nb`cA");
        assertThat(t.quasis().get(0).raw()).isEqualTo("a\\nb\\`c\\u0041");
    }

    @Test
    void templateLineContinuationIsRemovedFromCooked() {
        TemplateLiteral t = expr("`a\\\nb`", TemplateLiteral.class);
        assertThat(t.quasis().get(0).cooked()).isEqualTo("ab");
        assertThat(t.quasis().get(0).raw()).isEqualTo("a\\\nb");
    }

    @Test
    void templateCrLfIsNormalizedToLfInRawAndCooked() {
        TemplateLiteral t = expr("`a\r\nb\rc`", TemplateLiteral.class);
        assertThat(t.quasis().get(0).cooked()).isEqualTo("a\nb\nc");
        assertThat(t.quasis().get(0).raw()).isEqualTo("a\nb\nc");
    }

    @Test
    void taggedTemplateHasTagAndQuasi() {
        TaggedTemplateExpression t = expr("tag`a${b}c`", TaggedTemplateExpression.class);
        assertThat(as(t.tag(), Identifier.class).name()).isEqualTo("tag");
        assertThat(t.quasi().expressions()).hasSize(1);
    }

    @Test
    void taggedTemplateWithMemberTagKeepsRaw() {
        TaggedTemplateExpression t = expr("String.raw`\\n`", TaggedTemplateExpression.class);
        assertThat(t.tag()).isInstanceOf(MemberExpression.class);
        assertThat(t.quasi().quasis().get(0).raw()).isEqualTo("\\n");
        assertThat(t.quasi().quasis().get(0).cooked()).isEqualTo("\n");
    }

    @Test
    void taggedTemplateOnCallResult() {
        TaggedTemplateExpression t = expr("f()`x`", TaggedTemplateExpression.class);
        assertThat(t.tag()).isInstanceOf(CallExpression.class);
    }

    @Test
    void taggedTemplateBindsTighterThanNew() {
        NewExpression n = expr("new tag`x`", NewExpression.class);
        assertThat(n.callee()).isInstanceOf(TaggedTemplateExpression.class);
    }

    @Test
    void invalidEscapesAllowedInTaggedTemplatesWithNullCooked() {
        TaggedTemplateExpression t = expr("tag`\\unicode and \\xZ and \\01`", TaggedTemplateExpression.class);
        TemplateElement q = t.quasi().quasis().get(0);
        assertThat(q.cooked()).isNull();
        assertThat(q.raw()).isEqualTo("\\unicode and \\xZ and \\01");
    }

    @Test
    void invalidEscapeInOnePartOnlyNullsThatPart() {
        TaggedTemplateExpression t = expr("tag`ok${x}\\u{`", TaggedTemplateExpression.class);
        assertThat(t.quasi().quasis().get(0).cooked()).isEqualTo("ok");
        assertThat(t.quasi().quasis().get(1).cooked()).isNull();
        assertThat(t.quasi().quasis().get(1).raw()).isEqualTo("\\u{");
    }

    @Test
    void invalidEscapeInUntaggedTemplateIsAnError() {
        assertScriptError("`\\x4`", "Invalid hexadecimal escape sequence");
        assertScriptError("`\\u00`", "Invalid Unicode escape sequence");
    }

    @Test
    void unterminatedTemplateIsUnexpectedEndOfInput() {
        assertScriptError("var s = `abc", "Unexpected end of input", 1, 13);
        assertScriptError("`${a}", "Unexpected end of input", 1, 6);
    }

    @Test
    void templateSubstitutionMissingClosingBrace() {
        assertScriptError("var s = `abc${a", "Missing } in template expression", 1, 15);
    }

    @Test
    void templateMaySpanLines() {
        TemplateLiteral t = expr("`line1\nline2`", TemplateLiteral.class);
        assertThat(t.quasis().get(0).cooked()).isEqualTo("line1\nline2");
    }
}
