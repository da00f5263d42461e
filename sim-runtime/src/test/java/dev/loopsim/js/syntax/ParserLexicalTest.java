package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.assertModuleError;
import static dev.loopsim.js.syntax.ParseAssertions.assertScriptError;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.module;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static dev.loopsim.js.syntax.ParseAssertions.stmt;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Tokens: hashbang, identifiers with escapes, string and numeric literals, line terminators, comments. */
class ParserLexicalTest {

    private static String declaredName(String code) {
        return as(stmt(code, VariableDeclaration.class).declarations().get(0).id(), Identifier.class)
                .name();
    }

    private static NumberLiteral number(String code) {
        return expr(code, NumberLiteral.class);
    }

    /** The value of a string literal; parenthesized so it is an expression, not a directive. */
    private static String string(String code) {
        return expr("(" + code + ")", StringLiteral.class).value();
    }

    // ---- hashbang ----------------------------------------------------------------------------------

    @Test
    void hashbangOnTheFirstLineIsSkipped() {
        Program p = script("#!/usr/bin/env node\nx");
        assertThat(p.body()).hasSize(1);
        assertThat(as(as(p.body().get(0), ExpressionStatement.class).expression(), Identifier.class)
                        .name())
                .isEqualTo("x");
    }

    @Test
    void hashbangIsAllowedInModules() {
        assertThat(module("#!/usr/bin/env node\nexport {};").body()).hasSize(1);
    }

    @Test
    void hashbangOnlyAtTheVeryStart() {
        assertScriptError(" #!x", "Invalid or unexpected token", 1, 2);
        assertScriptError("x\n#!y", "Invalid or unexpected token", 2, 1);
    }

    // ---- identifiers -------------------------------------------------------------------------------

    @Test
    void unicodeEscapeInIdentifierIsDecoded() {
        AssignmentExpression a = expr("\\u0061 = 1", AssignmentExpression.class);
        assertThat(as(a.left(), Identifier.class).name()).isEqualTo("a");
        assertThat(declaredName("var \\u{62} = 1")).isEqualTo("b");
        assertThat(declaredName("var a\\u0062c = 1")).isEqualTo("abc");
    }

    @Test
    void astralEscapeInIdentifierDecodesToASurrogatePair() {
        assertThat(declaredName("var \\u{10400} = 1")).isEqualTo("\uD801\uDC00");
        assertThat(declaredName("var \uD801\uDC00 = 1")).isEqualTo("\uD801\uDC00");
    }

    @Test
    void nonAsciiIdentifiers() {
        Program p = script("var caf\u00e9 = 1; var \u03c0 = 3; var $_ = 1;");
        assertThat(p.body())
                .extracting(s -> as(
                                as(s, VariableDeclaration.class)
                                        .declarations()
                                        .get(0)
                                        .id(),
                                Identifier.class)
                        .name())
                .containsExactly("caf\u00e9", "\u03c0", "$_");
    }

    @Test
    void escapedKeywordIsNotAKeyword() {
        assertScriptError("v\\u0061r x = 1", "Keyword must not contain escaped characters", 1, 1);
        assertScriptError("var \\u0069f = 1", "Keyword must not contain escaped characters", 1, 5);
    }

    @Test
    void escapeThatIsNotAnIdentifierCharacterIsInvalid() {
        assertScriptError("\\u0030x", "Invalid or unexpected token", 1, 1);
        assertScriptError("var a\\u0020b", "Invalid or unexpected token", 1, 5);
    }

    // ---- strings -----------------------------------------------------------------------------------

    @Test
    void stringEscapesAreDecoded() {
        assertThat(string("'\\x41\\u0042\\u{43}\\n\\t\\'\\\\\\0'")).isEqualTo("ABC\n\t'\\\0");
        assertThat(string("\"\\b\\f\\v\\r\"")).isEqualTo("\b\f\u000B\r");
    }

    @Test
    void astralCodePointEscapeInString() {
        assertThat(string("\"\\u{1F600}\"")).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void lineContinuationInsideStringIsRemoved() {
        assertThat(string("'a\\\nb'")).isEqualTo("ab");
        assertThat(string("'a\\\r\nb'")).isEqualTo("ab");
    }

    @Test
    void lineAndParagraphSeparatorsAreAllowedInsideStrings() {
        assertThat(string("\"a\u2028b\u2029c\"")).isEqualTo("a\u2028b\u2029c");
    }

    @Test
    void legacyOctalEscapeInSloppyString() {
        assertThat(string("'\\101'")).isEqualTo("A");
        assertThat(string("'\\8'")).isEqualTo("8");
    }

    @Test
    void nonEscapeCharacterStandsForItself() {
        assertThat(string("'\\q\\$'")).isEqualTo("q$");
    }

    @Test
    void octalEscapeIsAnErrorInStrictCode() {
        assertScriptError("\"use strict\"; \"\\01\"", "Octal escape sequences are not allowed in strict mode.", 1, 17);
        assertScriptError("\"use strict\"; \"\\8\"", "\\8 and \\9 are not allowed in strict mode.", 1, 16);
        assertModuleError("\"\\01\"", "Octal escape sequences are not allowed in strict mode.", 1, 3);
    }

    @Test
    void nulEscapeIsAllowedInStrictCode() {
        Program p = script("\"use strict\"; x = \"\\0\"");
        AssignmentExpression a =
                as(as(p.body().get(1), ExpressionStatement.class).expression(), AssignmentExpression.class);
        assertThat(as(a.right(), StringLiteral.class).value()).isEqualTo("\0");
    }

    @Test
    void badStringEscapes() {
        assertScriptError("\"\\x4\"", "Invalid hexadecimal escape sequence", 1, 2);
        assertScriptError("\"\\u{110000}\"", "Undefined Unicode code-point", 1, 2);
        assertScriptError("\"\\u00\"", "Invalid Unicode escape sequence");
    }

    @Test
    void unterminatedStringIsAnInvalidToken() {
        assertScriptError("var s = \"abc", "Invalid or unexpected token", 1, 9);
        assertScriptError("var s = 'abc\ndef'", "Invalid or unexpected token", 1, 9);
    }

    // ---- numbers -----------------------------------------------------------------------------------

    @Test
    void numericLiteralFormsAndRaw() {
        assertThat(number("0xff").value()).isEqualTo(255.0);
        assertThat(number("0xff").raw()).isEqualTo("0xff");
        assertThat(number("0XaB").value()).isEqualTo(171.0);
        assertThat(number("0o17").value()).isEqualTo(15.0);
        assertThat(number("0O7").value()).isEqualTo(7.0);
        assertThat(number("0b101").value()).isEqualTo(5.0);
        assertThat(number("0B11").value()).isEqualTo(3.0);
    }

    @Test
    void decimalFormsWithFractionAndExponent() {
        assertThat(number("1e3").value()).isEqualTo(1000.0);
        assertThat(number(".5").value()).isEqualTo(0.5);
        assertThat(number("5.").value()).isEqualTo(5.0);
        assertThat(number("5.e3").value()).isEqualTo(5000.0);
        assertThat(number("1.5e-3").value()).isEqualTo(0.0015);
        assertThat(number("2E+2").value()).isEqualTo(200.0);
        assertThat(number("1e400").value()).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void numericSeparatorsAreIgnoredInValueButKeptInRaw() {
        NumberLiteral n = number("1_000_000");
        assertThat(n.value()).isEqualTo(1_000_000.0);
        assertThat(n.raw()).isEqualTo("1_000_000");
        assertThat(number("1_000.000_1e1_0").value()).isEqualTo(1000.0001e10);
        assertThat(number("0b1_0").value()).isEqualTo(2.0);
        assertThat(number("0xF_F").value()).isEqualTo(255.0);
        assertThat(number(".5_5").value()).isEqualTo(0.55);
    }

    @Test
    void misplacedNumericSeparators() {
        assertScriptError("1_", "Numeric separators are not allowed at the end of numeric literals");
        assertScriptError("1__0", "Only one underscore is allowed as numeric separator", 1, 3);
        assertScriptError("0_1", "Numeric separator can not be used after leading 0.", 1, 2);
        assertScriptError("1_.1", "Numeric separators are not allowed at the end of numeric literals", 1, 3);
        assertScriptError("0x_1", "Invalid or unexpected token", 1, 1);
    }

    @Test
    void legacyOctalAndLeadingZeroDecimalsInSloppyScript() {
        assertThat(number("010").value()).isEqualTo(8.0);
        assertThat(number("010").raw()).isEqualTo("010");
        assertThat(number("09").value()).isEqualTo(9.0);
        assertThat(number("09.5").value()).isEqualTo(9.5);
        assertThat(number("0").value()).isEqualTo(0.0);
    }

    @Test
    void legacyOctalIsAnErrorInStrictCode() {
        assertScriptError("\"use strict\"; 010", "Octal literals are not allowed in strict mode.", 1, 15);
        assertScriptError("\"use strict\"; 09", "Decimals with leading zeros are not allowed in strict mode.", 1, 15);
    }

    @Test
    void legacyOctalIsAnErrorInAStrictFunction() {
        assertScriptError(
                "function f() { 'use strict'; return 010; }", "Octal literals are not allowed in strict mode.", 1, 37);
    }

    @Test
    void malformedNumbersAreInvalidTokens() {
        assertScriptError("0b12", "Invalid or unexpected token", 1, 1);
        assertScriptError("0o8", "Invalid or unexpected token", 1, 1);
        assertScriptError("0xG", "Invalid or unexpected token", 1, 1);
        assertScriptError("1e", "Invalid or unexpected token", 1, 1);
        assertScriptError("3in x", "Invalid or unexpected token", 1, 1);
        assertScriptError("01_0", "Invalid or unexpected token", 1, 1);
    }

    @Test
    void memberAccessOnNumberLiterals() {
        CallExpression a = expr("1..toString()", CallExpression.class);
        assertThat(as(as(a.callee(), MemberExpression.class).object(), NumberLiteral.class)
                        .value())
                .isEqualTo(1.0);
        CallExpression b = expr("1 .toString()", CallExpression.class);
        assertThat(as(b.callee(), MemberExpression.class).object()).isInstanceOf(NumberLiteral.class);
        CallExpression c = expr(".5.toFixed()", CallExpression.class);
        assertThat(as(as(c.callee(), MemberExpression.class).object(), NumberLiteral.class)
                        .value())
                .isEqualTo(0.5);
    }

    // ---- BigInt literals ---------------------------------------------------------------------------

    private static BigIntLiteral bigInt(String code) {
        return expr(code, BigIntLiteral.class);
    }

    @Test
    void bigIntLiteralsInEveryRadixKeepTheirExactValueAndRaw() {
        assertThat(bigInt("0n").value()).isEqualTo(BigInteger.ZERO);
        assertThat(bigInt("123456789012345678901234567890n").value())
                .isEqualTo(new BigInteger("123456789012345678901234567890"));
        assertThat(bigInt("0x1fn").value()).isEqualTo(BigInteger.valueOf(31));
        assertThat(bigInt("0XFFn").value()).isEqualTo(BigInteger.valueOf(255));
        assertThat(bigInt("0o17n").value()).isEqualTo(BigInteger.valueOf(15));
        assertThat(bigInt("0b101n").value()).isEqualTo(BigInteger.valueOf(5));
        assertThat(bigInt("1_000_000n").value()).isEqualTo(BigInteger.valueOf(1_000_000));
        assertThat(bigInt("1_000_000n").raw()).isEqualTo("1_000_000n");
    }

    @Test
    void bigIntLiteralsAreIntegersWithoutLegacyOctalOrLeadingZero() {
        assertScriptError("x = 1.5n", "Invalid or unexpected token", 1, 5);
        assertScriptError("x = 1e3n", "Invalid or unexpected token", 1, 5);
        assertScriptError("x = .5n", "Invalid or unexpected token", 1, 5);
        assertScriptError("x = 01n", "Invalid or unexpected token", 1, 5);
        assertScriptError("let y = 08n;", "Invalid or unexpected token", 1, 9);
        assertScriptError("x = 0b2n", "Invalid or unexpected token", 1, 5);
    }

    @Test
    void bigIntSuffixMustEndTheToken() {
        assertScriptError("x = 1nn", "Invalid or unexpected token", 1, 5);
        assertScriptError("x = 1n_", "Invalid or unexpected token", 1, 5);
        assertScriptError("x = 1n2", "Invalid or unexpected token", 1, 5);
        assertScriptError("1_n", "Numeric separators are not allowed at the end of numeric literals", 1, 3);
    }

    @Test
    void bigIntLiteralsAreMemberObjectsAndPropertyKeys() {
        CallExpression call = expr("1n.toString()", CallExpression.class);
        assertThat(as(as(call.callee(), MemberExpression.class).object(), BigIntLiteral.class)
                        .value())
                .isEqualTo(BigInteger.ONE);
        ObjectExpression o = expr("({ 0x10n: 1 })", ObjectExpression.class);
        assertThat(as(as(o.properties().get(0), Property.class).key(), BigIntLiteral.class)
                        .raw())
                .isEqualTo("0x10n");
    }

    // ---- line terminators, whitespace, comments ----------------------------------------------------

    @Test
    void everyLineTerminatorSeparatesStatements() {
        for (String nl : new String[] {"\n", "\r", "\r\n", "\u2028", "\u2029"}) {
            Program p = script("a" + nl + "b");
            assertThat(p.body())
                    .as("statements with terminator %s", nl.codePoints().boxed().toList())
                    .hasSize(2);
        }
    }

    @Test
    void unusualWhitespaceIsSkipped() {
        Program p = script("\uFEFFvar a\u00A0=\u20031;\t\u000B\u000C");
        VariableDeclaration d = as(p.body().get(0), VariableDeclaration.class);
        assertThat(as(d.declarations().get(0).init(), NumberLiteral.class).value())
                .isEqualTo(1.0);
    }

    @Test
    void nelAndMongolianVowelSeparatorAreNotWhitespace() {
        assertScriptError("a\u0085b", "Invalid or unexpected token");
        assertScriptError("a\u180Eb", "Invalid or unexpected token");
    }

    @Test
    void commentsAreSkipped() {
        Program p = script("// line\n/* block */ a /* inline */ + /** doc\n */ b // tail");
        assertThat(p.body()).hasSize(1);
        assertThat(as(as(p.body().get(0), ExpressionStatement.class).expression(), BinaryExpression.class)
                        .operator())
                .isEqualTo("+");
    }

    @Test
    void singleLineCommentEndsAtLineSeparator() {
        Program p = script("// c\u2028x");
        assertThat(p.body()).hasSize(1);
    }

    @Test
    void onlyCommentsGiveAnEmptyProgram() {
        assertThat(script("// a\n/* b */\n").body()).isEmpty();
    }

    @Test
    void htmlLikeCommentsInSloppyScript() {
        Program p = script("x = 1 <!-- c\n--> comment\ny");
        assertThat(p.body()).hasSize(2);
        assertThat(script("  --> c\n").body()).isEmpty();
        assertThat(script("a = 1 /*\n*/ --> c").body()).hasSize(1);
    }

    @Test
    void unterminatedBlockCommentIsAnInvalidToken() {
        assertScriptError("/* abc", "Invalid or unexpected token", 1, 1);
    }

    @Test
    void slashStarInsideAStringIsNotAComment() {
        assertThat(string("'/* not a comment */'")).isEqualTo("/* not a comment */");
    }
}
