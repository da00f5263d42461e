package dev.loopsim.js.syntax;

import static dev.loopsim.js.syntax.ParseAssertions.as;
import static dev.loopsim.js.syntax.ParseAssertions.assertModuleError;
import static dev.loopsim.js.syntax.ParseAssertions.assertScriptError;
import static dev.loopsim.js.syntax.ParseAssertions.expr;
import static dev.loopsim.js.syntax.ParseAssertions.moduleSyntaxError;
import static dev.loopsim.js.syntax.ParseAssertions.script;
import static dev.loopsim.js.syntax.ParseAssertions.stmt;
import static dev.loopsim.js.syntax.ParseAssertions.syntaxError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.*;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Offsets, lines and columns of nodes (ESTree conventions, cross-checked against acorn's ranges) and of errors
 * (V8's caret). Columns are 1-based and counted in UTF-16 units.
 */
class ParserPositionsTest {

    private static String range(Node node) {
        Span s = node.span();
        return s.start() + ".." + s.end() + " @" + s.line() + ":" + s.column();
    }

    @Test
    void programSpanCoversTheWholeText() {
        Program p = script("a;\n b;\n");
        assertThat(range(p)).isEqualTo("0..7 @1:1");
        assertThat(range(p.body().get(1))).isEqualTo("4..6 @2:2");
    }

    @Test
    void identifierAndDeclaratorSpans() {
        VariableDeclaration d = stmt("var abc = 1;", VariableDeclaration.class);
        assertThat(range(d)).isEqualTo("0..12 @1:1");
        assertThat(range(d.declarations().get(0))).isEqualTo("4..11 @1:5");
        assertThat(range(d.declarations().get(0).id())).isEqualTo("4..7 @1:5");
        assertThat(range(d.declarations().get(0).init())).isEqualTo("10..11 @1:11");
    }

    @Test
    void declaratorWithoutInitializerSpansJustTheName() {
        VariableDeclaration d = stmt("let a = 1, b;", VariableDeclaration.class);
        assertThat(range(d.declarations().get(0))).isEqualTo("4..9 @1:5");
        assertThat(range(d.declarations().get(1))).isEqualTo("11..12 @1:12");
    }

    @Test
    void expressionStatementIncludesItsSemicolon() {
        ExpressionStatement s = stmt("a + b;", ExpressionStatement.class);
        assertThat(range(s)).isEqualTo("0..6 @1:1");
        assertThat(range(s.expression())).isEqualTo("0..5 @1:1");
    }

    @Test
    void parenthesesBelongToTheEnclosingNodeNotToTheGroupedOne() {
        BinaryExpression times = expr("(c + d) * e", BinaryExpression.class);
        assertThat(range(times)).isEqualTo("0..11 @1:1");
        assertThat(range(times.left())).isEqualTo("1..6 @1:2");
        assertThat(range(times.right())).isEqualTo("10..11 @1:11");
    }

    @Test
    void crLfCountsAsOneLineBreak() {
        Program p = script("a;\r\nb;");
        assertThat(range(p.body().get(1))).isEqualTo("4..6 @2:1");
    }

    @Test
    void crLsAndPsAreLineBreaksForLineNumbers() {
        Program p = script("a;\u2028b;\u2029c;\rd;");
        assertThat(p.body())
                .extracting(s -> s.span().line() + ":" + s.span().column())
                .containsExactly("1:1", "2:1", "3:1", "4:1");
    }

    @Test
    void columnsCountUtf16Units() {
        Program p = script("'\uD83D\uDE00'; x");
        assertThat(range(p.body().get(0))).isEqualTo("0..5 @1:1");
        assertThat(range(p.body().get(1))).isEqualTo("6..7 @1:7");
    }

    @Test
    void callAndMemberSpans() {
        CallExpression c = expr("foo.bar(1, 2)", CallExpression.class);
        assertThat(range(c)).isEqualTo("0..13 @1:1");
        MemberExpression m = as(c.callee(), MemberExpression.class);
        assertThat(range(m)).isEqualTo("0..7 @1:1");
        assertThat(range(m.property())).isEqualTo("4..7 @1:5");
        assertThat(range(c.arguments().get(1))).isEqualTo("11..12 @1:12");
    }

    @Test
    void memberExpressionSpanEndsAfterThePropertyName() {
        assertThat(range(expr("foo.bar"))).isEqualTo("0..7 @1:1");
        assertThat(range(as(expr("a?.b", ChainExpression.class).expression(), MemberExpression.class)))
                .isEqualTo("0..4 @1:1");
        assertThat(range(expr("a[0]"))).isEqualTo("0..4 @1:1");
    }

    @Test
    void spreadElementSpanIncludesItsArgument() {
        assertThat(range(expr("f(...a)", CallExpression.class).arguments().get(0)))
                .isEqualTo("2..6 @1:3");
        assertThat(range(expr("[...b]", ArrayExpression.class).elements().get(0)))
                .isEqualTo("1..5 @1:2");
        assertThat(range(expr("({...c})", ObjectExpression.class).properties().get(0)))
                .isEqualTo("2..6 @1:3");
    }

    @Test
    void asyncFunctionSpanStartsAtAsync() {
        FunctionDeclaration f = stmt("  async function f() {}", FunctionDeclaration.class);
        assertThat(range(f)).isEqualTo("2..23 @1:3");
        assertThat(range(f.id())).isEqualTo("17..18 @1:18");
        assertThat(range(f.body())).isEqualTo("21..23 @1:22");
    }

    @Test
    void arrowSpanRunsFromParamsToEndOfBody() {
        AssignmentExpression a = expr("x = (a) => a * 2", AssignmentExpression.class);
        ArrowFunctionExpression arrow = as(a.right(), ArrowFunctionExpression.class);
        assertThat(range(arrow)).isEqualTo("4..16 @1:5");
        assertThat(range(arrow.params().get(0))).isEqualTo("5..6 @1:6");
        assertThat(range(arrow.body())).isEqualTo("11..16 @1:12");
    }

    @Test
    void classMemberSpansOnTheirLines() {
        ClassDeclaration c = stmt("class A {\n  m() {}\n  static x = 1;\n  #y\n}", ClassDeclaration.class);
        assertThat(range(c)).isEqualTo("0..41 @1:1");
        assertThat(range(c.body().get(0))).isEqualTo("12..18 @2:3");
        PropertyDefinition x = as(c.body().get(1), PropertyDefinition.class);
        assertThat(range(x)).isEqualTo("21..34 @3:3");
        assertThat(range(x.key())).isEqualTo("28..29 @3:10");
        PropertyDefinition y = as(c.body().get(2), PropertyDefinition.class);
        assertThat(range(y)).isEqualTo("37..39 @4:3");
        assertThat(range(y.key())).isEqualTo("37..39 @4:3");
    }

    @Test
    void templateLiteralAndElementSpans() {
        TemplateLiteral t = expr("`a${b}c`", TemplateLiteral.class);
        assertThat(range(t)).isEqualTo("0..8 @1:1");
        assertThat(range(t.expressions().get(0))).isEqualTo("4..5 @1:5");
        assertThat(range(t.quasis().get(0))).isEqualTo("1..2 @1:2");
        assertThat(range(t.quasis().get(1))).isEqualTo("6..7 @1:7");
    }

    @Test
    void literalSpansIncludeQuotesAndFlags() {
        AssignmentExpression a = expr("x = /ab/g", AssignmentExpression.class);
        assertThat(range(a.right())).isEqualTo("4..9 @1:5");
        AssignmentExpression s = expr("x = 'abc'", AssignmentExpression.class);
        assertThat(range(s.right())).isEqualTo("4..9 @1:5");
    }

    @Test
    void directiveSpanIsTheWholeStatement() {
        Program p = script("'use strict';");
        assertThat(range(p.body().get(0))).isEqualTo("0..13 @1:1");
    }

    @Test
    void chainNewAndUpdateSpans() {
        ChainExpression chain = expr("a?.b.c", ChainExpression.class);
        assertThat(range(chain)).isEqualTo("0..6 @1:1");
        assertThat(range(chain.expression())).isEqualTo("0..6 @1:1");
        assertThat(range(as(chain.expression(), MemberExpression.class).object()))
                .isEqualTo("0..4 @1:1");
        assertThat(range(expr("new Foo"))).isEqualTo("0..7 @1:1");
        assertThat(range(expr("a++"))).isEqualTo("0..3 @1:1");
    }

    @Test
    void labeledLoopAndBreakSpans() {
        LabeledStatement l = stmt("label: for (;;) break label;", LabeledStatement.class);
        assertThat(range(l)).isEqualTo("0..28 @1:1");
        assertThat(range(l.label())).isEqualTo("0..5 @1:1");
        ForStatement loop = as(l.body(), ForStatement.class);
        assertThat(range(loop)).isEqualTo("7..28 @1:8");
        assertThat(range(loop.body())).isEqualTo("16..28 @1:17");
    }

    @Test
    void objectPropertySpans() {
        ObjectExpression o = expr("({ a, b: 1, get c() { return 1; } })", ObjectExpression.class);
        assertThat(range(o)).isEqualTo("1..35 @1:2");
        assertThat(o.properties())
                .extracting(ParserPositionsTest::range)
                .containsExactly("3..4 @1:4", "6..10 @1:7", "12..33 @1:13");
    }

    @Test
    void moduleDeclarationSpans() {
        Program p = ParseAssertions.module("import x, {y as z} from 'm';\nexport default class {}");
        ImportDeclaration i = as(p.body().get(0), ImportDeclaration.class);
        assertThat(range(i)).isEqualTo("0..28 @1:1");
        assertThat(i.specifiers()).extracting(ParserPositionsTest::range).containsExactly("7..8 @1:8", "11..17 @1:12");
        assertThat(range(i.source())).isEqualTo("24..27 @1:25");
        ExportDefaultDeclaration e = as(p.body().get(1), ExportDefaultDeclaration.class);
        assertThat(range(e)).isEqualTo("29..52 @2:1");
        assertThat(range(e.declaration())).isEqualTo("44..52 @2:16");
    }

    @Test
    void everyChildSpanLiesInsideItsParentAndMatchesTheLineTable() {
        String code = """
                'use strict';
                import_ = 1;
                class Q extends B { #a = [1, , 2]; static { this.x = `t${1}`; } get n() { return this.#a?.[0]; } }
                async function* g({ a, b: [c = 1] = [] }, ...rest) {
                  for await (const [k, v] of rest) yield* k;
                  label: while (a) { if (c) break label; else continue; }
                  try { throw new Error('x'); } catch ({ message }) { return message ?? null; } finally {}
                }
                const f = async (x, { y } = {}) => (await x, y ** 2 / 3);
                switch (f) { case 1: ; default: f?.(...[1]); }
                """;
        Source source = new Source("t.js", code);
        Program program = Parser.parseScript(source);
        Deque<Node[]> work = new ArrayDeque<>();
        work.push(new Node[] {null, program});
        int checked = 0;
        while (!work.isEmpty()) {
            Node[] pair = work.pop();
            Node parent = pair[0];
            Node node = pair[1];
            Span s = node.span();
            String what = node.getClass().getSimpleName() + " " + range(node);
            assertThat(s.source()).as("source of %s", what).isSameAs(source);
            assertThat(s.start()).as("start of %s", what).isBetween(0, s.end());
            assertThat(s.end()).as("end of %s", what).isLessThanOrEqualTo(code.length());
            assertThat(s.line()).as("line of %s", what).isEqualTo(source.lineOf(s.start()));
            assertThat(s.column()).as("column of %s", what).isEqualTo(source.columnOf(s.start()));
            if (parent != null) {
                assertThat(s.start())
                        .as("%s starts inside %s", what, range(parent))
                        .isGreaterThanOrEqualTo(parent.span().start());
                assertThat(s.end())
                        .as("%s ends inside %s", what, range(parent))
                        .isLessThanOrEqualTo(parent.span().end());
            }
            for (Node child : children(node)) {
                work.push(new Node[] {node, child});
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (RecordComponent c : node.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value instanceof Node n) {
                out.add(n);
            } else if (value instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Node n) {
                        out.add(n);
                    }
                }
            }
        }
        return out;
    }

    // ---- errors --------------------------------------------------------------------------------------

    @Test
    void errorSpanNamesTheFile() {
        assertThat(syntaxError("a b").span().file()).isEqualTo("t.js");
        assertThat(moduleSyntaxError("var await;").span().file()).isEqualTo("t.mjs");
    }

    @Test
    void errorOnALaterLineHasThatLineAndColumn() {
        assertScriptError("if (a) {\n  b(\n}", "Unexpected token '}'", 3, 1);
        assertScriptError(
                "class A {\n  constructor() {}\n  constructor() {}\n}", "A class may only have one constructor", 3, 3);
    }

    @Test
    void errorColumnAfterAnAstralCharacterCountsUtf16Units() {
        assertScriptError("\"\uD83D\uDE00\"; x y", "Unexpected identifier 'y'", 1, 9);
    }

    @Test
    void errorLineAfterCrLfAndLineSeparator() {
        assertScriptError("a;\r\nb c", "Unexpected identifier 'c'", 2, 3);
        assertScriptError("a;\u2028b c", "Unexpected identifier 'c'", 2, 3);
    }

    @Test
    void unexpectedEndOfInputPointsJustPastTheLastCharacter() {
        assertScriptError("a +", "Unexpected end of input", 1, 4);
        assertScriptError("x\n++\n", "Unexpected end of input", 3, 1);
    }

    @Test
    void redeclarationErrorPointsAtTheSecondName() {
        assertScriptError("let x;\nlet x;", "Identifier 'x' has already been declared", 2, 5);
        assertModuleError(
                "import x from \"y\";\nimport x from \"z\";", "Identifier 'x' has already been declared", 2, 1);
    }

    @Test
    void errorSpanHasTheOffsetOfItsLineAndColumn() {
        JsSyntaxError error = syntaxError("let a = 1;\nlet b = 2 3;\n");
        assertThat(error.span().start()).isEqualTo(21);
        assertThat(error.span().source().lineOf(error.span().start())).isEqualTo(2);
    }
}
