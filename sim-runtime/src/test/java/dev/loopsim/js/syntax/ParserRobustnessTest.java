package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.assertPosition;
import static dev.loopsim.js.syntax.ParseAssertions.assertScriptError;
import static dev.loopsim.js.syntax.ParseAssertions.module;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static dev.loopsim.js.syntax.ParseAssertions.syntaxError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.loopsim.js.syntax.Node.*;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Whatever the text, the parser returns a tree or throws a {@link JsSyntaxError}: never another exception and
 * never a {@link StackOverflowError}, however deep the nesting.
 */
class ParserRobustnessTest {

    private static final String REALISTIC_SCRIPT = """
            'use strict';
            const { readFile } = require('fs');
            class Queue extends Base {
              #items = [];
              static create(...xs) { return new Queue(xs); }
              get size() { return this.#items.length; }
              async *drain() { while (this.size) yield await this.#items.shift()?.run(); }
            }
            label: for (let i = 0, j = 10; i < j; i++) {
              if (i % 2 === 0) continue label;
              setTimeout(() => console.log(`tick ${i} of ${j / 2}`), i ** 2);
            }
            const re = /a[/]b/gi, n = 0x1F + 1_000 + .5e-3;
            process.nextTick(function () { queueMicrotask(() => x ??= [1, , 3]); });
            """;

    /** Parses with {@code parse}; passes when it returns or throws exactly {@link JsSyntaxError}. */
    private static Throwable parseOrSyntaxError(String what, Function<String, Program> parse, String code) {
        Throwable thrown = catchThrowable(() -> parse.apply(code));
        if (thrown != null) {
            assertThat(thrown)
                    .as("%s: only JsSyntaxError may escape the parser", what)
                    .isExactlyInstanceOf(JsSyntaxError.class);
        }
        return thrown;
    }

    /** Deeply nested input: it parses, or the parser refuses it with its own nesting error. */
    private static void parsesOrNestingError(String what, Function<String, Program> parse, String code) {
        Throwable thrown = catchThrowable(() -> parse.apply(code));
        if (thrown == null) {
            return;
        }
        assertThat(thrown)
                .as("%s: a deep nesting must not overflow the Java stack", what)
                .isNotInstanceOf(StackOverflowError.class)
                .isExactlyInstanceOf(JsSyntaxError.class);
        assertThat(thrown.getMessage())
                .as("%s: the error says the nesting is too deep", what)
                .containsIgnoringCase("nest");
    }

    private static Function<String, Program> scriptGoal() {
        return ParseAssertions::script;
    }

    // ---- trivial inputs ------------------------------------------------------------------------------

    @Test
    void emptySourceIsAnEmptyScript() {
        Program p = script("");
        assertThat(p.body()).isEmpty();
        assertThat(p.sourceType()).isEqualTo(SourceType.SCRIPT);
        assertThat(p.strict()).isFalse();
    }

    @Test
    void emptySourceIsAnEmptyModule() {
        Program p = module("");
        assertThat(p.body()).isEmpty();
        assertThat(p.strict()).isTrue();
    }

    @Test
    void whitespaceAndCommentsOnlyGiveAnEmptyBody() {
        assertThat(script("  \n\t\r\n").body()).isEmpty();
        assertThat(script("// only a comment").body()).isEmpty();
        assertThat(script("/* a */ /* b\n */ // c").body()).isEmpty();
        assertThat(module("/** doc */\n").body()).isEmpty();
    }

    @Test
    void onlySemicolonsAreEmptyStatements() {
        assertThat(script(";;;").body()).hasSize(3).allMatch(s -> s instanceof EmptyStatement);
    }

    @Test
    void parsingTheSameTextTwiceGivesEquivalentTrees() {
        Program a = script(REALISTIC_SCRIPT);
        Program b = script(REALISTIC_SCRIPT);
        assertThat(AstEquality.firstDifference(a, b)).isNull();
    }

    // ---- garbage -------------------------------------------------------------------------------------

    @Test
    void randomBinaryBytesGiveASyntaxErrorOrAParse() {
        long seed = 20_240_501L;
        Random random = new Random(seed);
        for (int i = 0; i < 400; i++) {
            byte[] bytes = new byte[1 + random.nextInt(300)];
            random.nextBytes(bytes);
            String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
            String utf8 = new String(bytes, StandardCharsets.UTF_8);
            parseOrSyntaxError("seed " + seed + " case " + i + " (latin-1 script)", scriptGoal(), latin1);
            parseOrSyntaxError("seed " + seed + " case " + i + " (utf-8 module)", ParseAssertions::module, utf8);
        }
    }

    @Test
    void randomTokenSoupGivesASyntaxErrorOrAParse() {
        String[] tokens = {
            "(",
            ")",
            "[",
            "]",
            "{",
            "}",
            ";",
            ",",
            "=>",
            "=",
            "?",
            ":",
            "?.",
            "??",
            "...",
            ".",
            "+",
            "++",
            "-",
            "/",
            "/=",
            "*",
            "**",
            "!",
            "<",
            ">>>",
            "`",
            "${",
            "'s'",
            "\"",
            "1",
            "0x",
            "1_",
            ".5",
            "a",
            "async",
            "await",
            "yield",
            "function",
            "class",
            "extends",
            "super",
            "new",
            "this",
            "let",
            "const",
            "var",
            "if",
            "else",
            "for",
            "of",
            "in",
            "return",
            "break",
            "import",
            "export",
            "default",
            "#x",
            "get",
            "set",
            "static",
            "\n",
            " ",
            "/*",
            "*/",
            "//",
            "\\u0061",
            "@",
            "with",
            "eval",
            "10n"
        };
        long seed = 7L;
        Random random = new Random(seed);
        for (int i = 0; i < 3000; i++) {
            StringBuilder code = new StringBuilder();
            int n = 1 + random.nextInt(25);
            for (int k = 0; k < n; k++) {
                code.append(tokens[random.nextInt(tokens.length)]).append(random.nextBoolean() ? " " : "");
            }
            String text = code.toString();
            parseOrSyntaxError("seed " + seed + " case " + i + ": " + text, scriptGoal(), text);
            parseOrSyntaxError("seed " + seed + " case " + i + " (module): " + text, ParseAssertions::module, text);
        }
    }

    @Test
    void everyPrefixOfARealisticScriptParsesOrIsASyntaxError() {
        assertThat(REALISTIC_SCRIPT.length()).isGreaterThan(400);
        for (int len = 0; len <= REALISTIC_SCRIPT.length(); len++) {
            String prefix = REALISTIC_SCRIPT.substring(0, len);
            parseOrSyntaxError("prefix of length " + len, scriptGoal(), prefix);
            parseOrSyntaxError("module prefix of length " + len, ParseAssertions::module, prefix);
        }
        assertThat(script(REALISTIC_SCRIPT).body()).hasSize(6);
    }

    @Test
    void everySuffixOfARealisticScriptParsesOrIsASyntaxError() {
        for (int from = 0; from <= REALISTIC_SCRIPT.length(); from++) {
            parseOrSyntaxError("suffix from " + from, scriptGoal(), REALISTIC_SCRIPT.substring(from));
        }
    }

    @Test
    void nulAndLoneSurrogatesAreHandled() {
        assertScriptError("a\u0000b", "Invalid or unexpected token");
        assertThat(script("\"\uD800\"").body()).hasSize(1);
        parseOrSyntaxError("lone surrogate outside a string", scriptGoal(), "a\uDC00b");
    }

    // ---- size ----------------------------------------------------------------------------------------

    @Test
    void fiveMegabyteScriptParses() {
        String line = "var v = { a: [1, 2, 3], b: 'str', c: function (y) { return y * 2 + `t${y}`; } };\n";
        int copies = 5 * 1024 * 1024 / line.length() + 1;
        String code = line.repeat(copies);
        assertThat(code.length()).isGreaterThanOrEqualTo(5 * 1024 * 1024);
        Program p = script(code);
        assertThat(p.body()).hasSize(copies);
        assertThat(p.body().get(copies - 1).span().line()).isEqualTo(copies);
    }

    // ---- deep nesting --------------------------------------------------------------------------------

    @Test
    void hundredThousandParenthesesParseOrGiveTheNestingError() {
        int n = 100_000;
        parsesOrNestingError("100k (", scriptGoal(), "(".repeat(n) + "a" + ")".repeat(n));
    }

    @Test
    void hundredThousandUnclosedParenthesesAreASyntaxError() {
        Throwable thrown = parseOrSyntaxError("100k unclosed (", scriptGoal(), "(".repeat(100_000));
        assertThat(thrown).isNotNull();
    }

    @Test
    void hundredThousandArrayBracketsParseOrGiveTheNestingError() {
        int n = 100_000;
        parsesOrNestingError("100k [", scriptGoal(), "[".repeat(n) + "]".repeat(n));
    }

    @Test
    void hundredThousandBlocksParseOrGiveTheNestingError() {
        int n = 100_000;
        parsesOrNestingError("100k {", scriptGoal(), "{".repeat(n) + "}".repeat(n));
    }

    @Test
    void hundredThousandObjectLiteralsParseOrGiveTheNestingError() {
        int n = 100_000;
        parsesOrNestingError("100k {a:", scriptGoal(), "x = " + "{a:".repeat(n) + "1" + "}".repeat(n));
    }

    @Test
    void hundredThousandUnaryNotsParseOrGiveTheNestingError() {
        parsesOrNestingError("100k !", scriptGoal(), "!".repeat(100_000) + "a");
    }

    @Test
    void hundredThousandUnaryMinusesParseOrGiveTheNestingError() {
        parsesOrNestingError("100k - -", scriptGoal(), "- ".repeat(100_000) + "a");
    }

    @Test
    void fiftyThousandConditionalsParseOrGiveTheNestingError() {
        parsesOrNestingError("50k a?b:", scriptGoal(), "a?b:".repeat(50_000) + "c");
    }

    @Test
    void fiftyThousandNestedConditionalTestsParseOrGiveTheNestingError() {
        parsesOrNestingError("50k a?", scriptGoal(), "a?".repeat(50_000) + "b" + ":c".repeat(50_000));
    }

    @Test
    void deeplyNestedArrowsParseOrGiveTheNestingError() {
        parsesOrNestingError("100k x=>", scriptGoal(), "x=>".repeat(100_000) + "x");
        parsesOrNestingError("50k async arrows", scriptGoal(), "async x=>".repeat(50_000) + "x");
        parsesOrNestingError("50k block arrows", scriptGoal(), "()=>{".repeat(50_000) + "}".repeat(50_000));
    }

    @Test
    void deeplyNestedFunctionsParseOrGiveTheNestingError() {
        int n = 50_000;
        parsesOrNestingError("50k functions", scriptGoal(), "function f(){".repeat(n) + "}".repeat(n));
        parsesOrNestingError(
                "50k function expressions", scriptGoal(), "(function(){return ".repeat(n) + "1" + "})".repeat(n));
    }

    @Test
    void deeplyNestedTemplatesParseOrGiveTheNestingError() {
        int n = 50_000;
        parsesOrNestingError("50k templates", scriptGoal(), "`${".repeat(n) + "a" + "}`".repeat(n));
    }

    @Test
    void deeplyNestedClassesAndCallsParseOrGiveTheNestingError() {
        int n = 30_000;
        parsesOrNestingError("30k classes", scriptGoal(), "(class{m(){return ".repeat(n) + "1" + "}})".repeat(n));
        parsesOrNestingError("100k calls f(f(", scriptGoal(), "f(".repeat(100_000) + ")".repeat(100_000));
    }

    @Test
    void deeplyNestedStatementsParseOrGiveTheNestingError() {
        int n = 100_000;
        parsesOrNestingError("100k if", scriptGoal(), "if (a) ".repeat(n) + "b;");
        parsesOrNestingError("100k while", scriptGoal(), "while (1) ".repeat(n) + "break;");
        parsesOrNestingError("100k destructuring", scriptGoal(), "var " + "[".repeat(n) + "a" + "]".repeat(n) + " = x");
    }

    @Test
    void deeplyNestedInputInModuleGoalParsesOrGivesTheNestingError() {
        int n = 100_000;
        parsesOrNestingError("module 100k (", ParseAssertions::module, "(".repeat(n) + "a" + ")".repeat(n));
        parsesOrNestingError("module 100k await", ParseAssertions::module, "await ".repeat(n) + "a");
    }

    @Test
    void millionOperatorBinaryChainParsesOrGivesTheNestingError() {
        parsesOrNestingError("1M a+", scriptGoal(), "a+".repeat(1_000_000) + "a");
    }

    @Test
    void longRightAssociativeChainsParseOrGiveTheNestingError() {
        int n = 100_000;
        parsesOrNestingError("100k a=", scriptGoal(), "a=".repeat(n) + "1");
        parsesOrNestingError("100k a**", scriptGoal(), "a**".repeat(n) + "a");
        parsesOrNestingError("100k a??", scriptGoal(), "a??".repeat(n) + "a");
    }

    @Test
    void longMemberAndCallChainsParseOrGiveTheNestingError() {
        parsesOrNestingError("1M .b", scriptGoal(), "a" + ".b".repeat(1_000_000));
        parsesOrNestingError("100k ()", scriptGoal(), "f" + "()".repeat(100_000));
        parsesOrNestingError("100k ?.b", scriptGoal(), "a" + "?.b".repeat(100_000));
    }

    @Test
    void longSequenceAndArrayParse() {
        int n = 200_000;
        parsesOrNestingError("200k commas", scriptGoal(), "a" + ",a".repeat(n));
        Program p = script("x = [" + "1,".repeat(n) + "]");
        AssignmentExpression a =
                (AssignmentExpression) ((ExpressionStatement) p.body().get(0)).expression();
        assertThat(((ArrayExpression) a.right()).elements()).hasSize(n);
    }

    // ---- unterminated constructs report a position ---------------------------------------------------

    @Test
    void unterminatedCommentIsAnErrorOnItsLine() {
        JsSyntaxError error = syntaxError("a;\nb;\n  /* never closed\n");
        assertThat(error.getMessage()).isEqualTo("Invalid or unexpected token");
        assertThat(error.span().line()).isEqualTo(3);
    }

    @Test
    void unterminatedStringIsAnErrorAtItsQuote() {
        JsSyntaxError error = syntaxError("x = 1;\n  'abc");
        assertThat(error.getMessage()).isEqualTo("Invalid or unexpected token");
        assertPosition(error, "'abc", 2, 3);
    }

    @Test
    void unterminatedTemplateIsAnErrorAtTheEnd() {
        JsSyntaxError error = syntaxError("x = 1;\nfoo(`abc\n\n");
        assertThat(error.getMessage()).isEqualTo("Unexpected end of input");
        assertPosition(error, "`abc", 4, 1);
        JsSyntaxError nested = syntaxError("x = 1;\ny = `a${b`\n");
        assertThat(nested.getMessage()).isEqualTo("Unexpected end of input");
        assertPosition(nested, "`a${b`", 3, 1);
    }

    @Test
    void unterminatedRegexIsAnErrorAtItsSlash() {
        JsSyntaxError error = syntaxError("x = 1;\ny = /ab\n");
        assertThat(error.getMessage()).isEqualTo("Invalid regular expression: missing /");
        assertPosition(error, "/ab", 2, 5);
    }

    @Test
    void unclosedBlockIsUnexpectedEndOfInputAfterTheLastLine() {
        JsSyntaxError error = syntaxError("function f() {\n  return 1\n");
        assertThat(error.getMessage()).isEqualTo("Unexpected end of input");
        assertPosition(error, "unclosed function", 3, 1);
    }
}
