package dev.loopsim.js.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Node.BlockStatement;
import dev.loopsim.js.syntax.Node.ExpressionStatement;
import dev.loopsim.js.syntax.Node.Identifier;
import dev.loopsim.js.syntax.Node.IfStatement;
import dev.loopsim.js.syntax.Node.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printer's rules one at a time: exact text for a parsed snippet, and that the text parses back. */
class PrinterTest {

    // ---- parentheses from precedence -----------------------------------------------------------------

    @Test
    void nullishMixedWithOrIsParenthesized() {
        assertPrints(
                "(a ?? b) || c; a || (b ?? c); a ?? (b || c); (a || b) ?? c;",
                "(a ?? b) || c;\na || (b ?? c);\na ?? (b || c);\n(a || b) ?? c;");
    }

    @Test
    void nullishMixedWithAndIsParenthesized() {
        assertPrints("a ?? (b && c); (a && b) ?? c; (a ?? b) && c;", "a ?? (b && c);\n(a && b) ?? c;\n(a ?? b) && c;");
    }

    @Test
    void sameOperatorChainsNeedNoParentheses() {
        assertPrints(
                "a ?? b ?? c; a || b && c; (a || b) && c; a - b - c; a - (b - c);",
                "a ?? b ?? c;\na || b && c;\n(a || b) && c;\na - b - c;\na - (b - c);");
    }

    @Test
    void exponentIsRightAssociative() {
        assertPrints("a ** b ** c; (a ** b) ** c;", "a ** b ** c;\n(a ** b) ** c;");
    }

    @Test
    void unaryBeforeExponentIsParenthesized() {
        assertPrints(
                "(-a) ** b; (typeof a) ** 2; a ** -b; (++a) ** 2;",
                "(-a) ** b;\n(typeof a) ** 2;\na ** -b;\n++a ** 2;");
    }

    @Test
    void awaitBeforeExponentIsParenthesized() {
        assertModulePrints("(await a) ** 2; await (a ** 2);", "(await a) ** 2;\nawait (a ** 2);");
    }

    @Test
    void notOfInIsParenthesized() {
        assertPrints("!(a in b); !a in b;", "!(a in b);\n!a in b;");
    }

    @Test
    void sequenceInArgumentsAndElementsIsParenthesized() {
        assertPrints(
                "f((a, b), c); x = [(a, b)]; y = {k: (a, b)}; z = (a, b);",
                "f((a, b), c);\nx = [(a, b)];\ny = {k: (a, b)};\nz = (a, b);");
    }

    @Test
    void sequenceInConditionalIsParenthesized() {
        assertPrints("(a, b) ? (c, d) : (e, f);", "(a, b) ? (c, d) : (e, f);");
    }

    @Test
    void conditionalIsRightAssociative() {
        assertPrints(
                "a ? b : c ? d : e; (a ? b : c) ? d : e; a = b ? c : d;",
                "a ? b : c ? d : e;\n(a ? b : c) ? d : e;\na = b ? c : d;");
    }

    @Test
    void assignmentIsRightAssociative() {
        assertPrints("a = b = c; a += b -= c; (a = b).c = d;", "a = b = c;\na += b -= c;\n(a = b).c = d;");
    }

    @Test
    void arrowAsOperandIsParenthesized() {
        assertPrints(
                "(() => a) || b; (() => {})(); (() => a) ? b : c; a ? () => b : () => c; (async (x) => x).call();",
                "(() => a) || b;\n(() => {})();\n(() => a) ? b : c;\na ? () => b : () => c;\n(async (x) => x).call();");
    }

    @Test
    void yieldOperandsAndYieldAsOperand() {
        assertPrints(
                "function* g() { yield; yield a, b; yield* c; x = yield d; (yield) ? 1 : 2; f(yield a); }",
                "function* g() {\n  yield;\n  yield a, b;\n  yield* c;\n  x = yield d;\n  (yield) ? 1 : 2;\n  f(yield a);\n}");
    }

    @Test
    void awaitOperandsAndAwaitAsCallee() {
        assertPrints(
                "async function f() { await (a + b); (await a)(); await -a; await a.b; }",
                "async function f() {\n  await (a + b);\n  (await a)();\n  await -a;\n  await a.b;\n}");
    }

    // ---- tokens that must stay apart -----------------------------------------------------------------

    @Test
    void nestedSignsKeepASpace() {
        assertPrints("- -x; + +x; -(--x); +(++x); -+x; !-x;", "- -x;\n+ +x;\n- --x;\n+ ++x;\n-+x;\n!-x;");
    }

    @Test
    void binaryOperatorsKeepSpacesBeforeSigns() {
        assertPrints(
                "a - -b; a + +b; a++ + b; a - --b; a-- > b; a < !--b;",
                "a - -b;\na + +b;\na++ + b;\na - --b;\na-- > b;\na < !--b;");
    }

    @Test
    void keywordOperatorsKeepASpace() {
        assertPrints(
                "delete a.b; typeof (a + b); void 0; typeof typeof a;",
                "delete a.b;\ntypeof (a + b);\nvoid 0;\ntypeof typeof a;");
    }

    @Test
    void numberMemberAccessIsParenthesized() {
        assertPrints(
                "(1).toString(); 1..toString(); 1.5.toFixed(); 0x10.toString(); 1e3.x; 1[0]; (1_000).x;",
                "(1).toString();\n1..toString();\n1.5.toFixed();\n0x10.toString();\n1e3.x;\n1[0];\n(1_000).x;");
    }

    // ---- statement and body starts -------------------------------------------------------------------

    @Test
    void objectLiteralStatementIsParenthesized() {
        assertPrints("({a: 1}); ({}).toString(); ({} + a);", "({a: 1});\n({}.toString());\n({} + a);");
    }

    @Test
    void objectPatternAssignmentStatementIsParenthesized() {
        assertPrints("({a, b: [c] = d} = e); [a, b] = c;", "({a, b: [c] = d} = e);\n[a, b] = c;");
    }

    @Test
    void functionExpressionStatementIsParenthesized() {
        assertPrints(
                "(function () {})(); (function f() {}).call(a); x = function () {}();",
                "(function () {}());\n(function f() {}.call(a));\nx = function () {}();");
    }

    @Test
    void asyncFunctionExpressionStatementIsParenthesized() {
        assertPrints("(async function () {})(); async () => {};", "(async function () {}());\nasync () => {};");
    }

    @Test
    void classExpressionStatementIsParenthesized() {
        assertPrints("(class {}).name; x = (class A {}).name;", "(class {}.name);\nx = class A {}.name;");
    }

    @Test
    void arrowObjectBodyIsParenthesized() {
        assertPrints(
                "f = () => ({a: 1}); g = () => ({}).toString(); h = () => ({a} = b);",
                "f = () => ({a: 1});\ng = () => ({}.toString());\nh = () => ({a} = b);");
    }

    @Test
    void stringStatementAtBodyStartIsNotADirective() {
        assertPrints("('use strict'); a; 'b';", "('use strict');\na;\n'b';");
        assertPrints("function f() { 'x'; ('y'); }", "function f() {\n  'x';\n  ('y');\n}");
        assertPrints("f = () => { ('y'); };", "f = () => {\n  ('y');\n};");
    }

    @Test
    void directivesPrintFromTheirRaw() {
        Program program = assertPrints("\"use strict\"; 'a\\x20b'; c;", "\"use strict\";\n'a\\x20b';\nc;");
        assertThat(program.strict()).isTrue();
    }

    @Test
    void inInsideForInitIsParenthesized() {
        assertPrints("for (var i = ('a' in b); i;) ;", "for (var i = ('a' in b); i;)\n  ;");
        assertPrints("for ((a in b); ;) {}", "for ((a in b);;) {}");
        assertPrints("for (x = [a in b]; ;) {}", "for ((x = [a in b]);;) {}");
        assertPrints("for (a in b) {}", "for (a in b) {}");
    }

    @Test
    void danglingElseWrapsInnerIfInBlock() {
        // A tree no parser makes: an else belonging to the outer if, whose consequent is an else-less if.
        Identifier a = new Identifier(Span.NONE, "a");
        IfStatement inner = new IfStatement(Span.NONE, a, new ExpressionStatement(Span.NONE, a), null);
        IfStatement outer = new IfStatement(Span.NONE, a, inner, new ExpressionStatement(Span.NONE, a));
        String printed = Printer.print(outer);
        assertThat(printed).isEqualTo("if (a) {\n  if (a)\n    a;\n} else\n  a;");
        IfStatement reparsed = (IfStatement) script(printed).body().get(0);
        assertThat(reparsed.consequent()).isInstanceOf(BlockStatement.class);
        assertThat(reparsed.alternate()).isNotNull();
    }

    @Test
    void elseIfChainsStayFlat() {
        assertPrints("if (a) b; else if (c) { d; } else e;", "if (a)\n  b;\nelse if (c) {\n  d;\n} else\n  e;");
        assertPrints("if (a) { if (b) c; } else d;", "if (a) {\n  if (b)\n    c;\n} else\n  d;");
    }

    // ---- new, calls and optional chains ------------------------------------------------------------------

    @Test
    void newWithCallInCalleeIsParenthesized() {
        assertPrints(
                "new (f())(); new (a.b().c)(); new a.b.c(); new X; new new X()(); new (import(a))();",
                "new (f())();\nnew (a.b().c)();\nnew a.b.c();\nnew X();\nnew new X()();\nnew (import(a))();");
    }

    @Test
    void newOfOptionalChainIsParenthesized() {
        assertPrints("new (a?.b)(); new (a?.())();", "new (a?.b)();\nnew (a?.())();");
    }

    @Test
    void parenthesizedChainEndsShortCircuiting() {
        assertPrints(
                "(a?.b).c; a?.b.c; (a?.b)(); a?.b(); (a?.b)`t`; (a?.b)?.c;",
                "(a?.b).c;\na?.b.c;\n(a?.b)();\na?.b();\n(a?.b)`t`;\n(a?.b)?.c;");
    }

    @Test
    void optionalCallAndComputedMemberPrint() {
        assertPrints("f?.(); a?.[0]?.(b); a.b?.(...c);", "f?.();\na?.[0]?.(b);\na.b?.(...c);");
    }

    @Test
    void classAndFunctionAsCalleeOrObject() {
        assertPrints(
                "x = function () {}.call(); y = class {}.name; z = (() => 1).length;",
                "x = function () {}.call();\ny = class {}.name;\nz = (() => 1).length;");
    }

    @Test
    void metaPropertiesAndDynamicImportPrint() {
        assertPrints(
                "function f() { return new.target; } import(a, );",
                "function f() {\n  return new.target;\n}\nimport(a);");
        assertModulePrints("import.meta.url; await import('x');", "import.meta.url;\nawait import('x');");
    }

    // ---- literals ------------------------------------------------------------------------------------

    @Test
    void stringEscapesRoundTrip() {
        assertPrints(
                "'a\\'b\"c\\\\d\\n\\r\\t\\b\\f\\v\\0 \\x001 \\u2028\\u2029\\x01\\x7f';",
                "'a\\'b\"c\\\\d\\n\\r\\t\\b\\f\\v\\0 \\x001 \\u2028\\u2029\\x01\\x7f';");
        assertPrints("x = \"it's\";", "x = 'it\\'s';");
    }

    @Test
    void loneSurrogatesAreEscapedAndPairsKept() {
        assertPrints(
                "x = '\\uD800\\uDC00'; y = '\\uD800'; z = '\\uDC00a';",
                "x = '\uD800\uDC00';\ny = '\\ud800';\nz = '\\udc00a';");
    }

    @Test
    void templatesPrintFromTheirRaw() {
        assertPrints("x = `a${b}c${`d${e}`}\\n\\u0041\\${`;", "x = `a${b}c${`d${e}`}\\n\\u0041\\${`;");
        assertPrints("tag`x${y}z`; a.b`\\unicode`; f()`t`;", "tag`x${y}z`;\na.b`\\unicode`;\nf()`t`;");
    }

    @Test
    void regexPrintsPatternAndFlags() {
        assertPrints("x = /[/]+\\d/giu; /a/.test(b); a / /b/g;", "x = /[/]+\\d/giu;\n/a/.test(b);\na / /b/g;");
    }

    @Test
    void numbersPrintFromTheirRaw() {
        assertPrints("x = [0xFF, 1_000, .5, 1e-7, 0b11, 0o7, 2.];", "x = [0xFF, 1_000, .5, 1e-7, 0b11, 0o7, 2.];");
    }

    @Test
    void bigIntLiteralsPrintFromTheirRawAsValuesAndKeys() {
        assertPrints(
                "x = [0n, 0x1Fn, 1_000n, 0b1n, 1n.toString(), {2n: 1}];",
                "x = [0n, 0x1Fn, 1_000n, 0b1n, 1n.toString(), {2n: 1}];");
    }

    // ---- objects, classes and patterns ---------------------------------------------------------------

    @Test
    void objectMembersPrint() {
        assertPrints(
                "x = {a, b: 1, [c]: 2, 'd e': 3, 4: 5, m() {}, get g() { return 1; }, set s(v) {}, async *ag() {}, ...r, if: 1};",
                "x = {a, b: 1, [c]: 2, 'd e': 3, 4: 5, m() {}, get g() {\n  return 1;\n}, set s(v) {}, async *ag() {}, ...r, if: 1};");
    }

    @Test
    void classMembersPrint() {
        assertPrints(
                "class A extends B { static #x = 1; #y; constructor() { super(); } get a() { return this.#y; }"
                        + " set a(v) {} static { init(); } *gen() {} async am() {} [k] = 2; 'str'() {} 1() {}"
                        + " static async *[Symbol.iterator]() {} has(o) { return #x in o; } get; static; }",
                """
                class A extends B {
                  static #x = 1;
                  #y;
                  constructor() {
                    super();
                  }
                  get a() {
                    return this.#y;
                  }
                  set a(v) {}
                  static {
                    init();
                  }
                  *gen() {}
                  async am() {}
                  [k] = 2;
                  'str'() {}
                  1() {}
                  static async *[Symbol.iterator]() {}
                  has(o) {
                    return #x in o;
                  }
                  get;
                  static;
                }""");
    }

    @Test
    void classHeritageIsParenthesizedBelowCallPrecedence() {
        assertPrints(
                "class A extends (a, b) {} class B extends f().g {} class C extends (a ? b : c) {}",
                "class A extends (a, b) {}\nclass B extends f().g {}\nclass C extends (a ? b : c) {}");
    }

    @Test
    void superInMethodsPrints() {
        assertPrints(
                "x = {m() { return super.m() + super['n']; }};", "x = {m() {\n  return super.m() + super['n'];\n}};");
    }

    @Test
    void destructuringPatternsPrint() {
        assertPrints(
                "const {a, b: [c, , d = 1, ...e], ...f} = g; let [, h = 2, ,] = i;",
                "const {a, b: [c, , d = 1, ...e], ...f} = g;\nlet [, h = 2, ,] = i;");
    }

    @Test
    void arrayHolesPrint() {
        assertPrints("x = [, a, , ]; y = [,]; z = [a, ...b];", "x = [, a, ,];\ny = [,];\nz = [a, ...b];");
    }

    @Test
    void functionsPrintWithTheirModifiers() {
        assertPrints(
                "async function* f(a, {b} = {}, ...c) {} x = async (a) => await a; y = async () => {};",
                "async function* f(a, {b} = {}, ...c) {}\nx = async (a) => await a;\ny = async () => {};");
    }

    // ---- statements ----------------------------------------------------------------------------------

    @Test
    void labeledStatementsAndJumpsPrint() {
        assertPrints(
                "outer: for (;;) { inner: while (a) { continue outer; } break outer; }",
                "outer: for (;;) {\n  inner: while (a) {\n    continue outer;\n  }\n  break outer;\n}");
    }

    @Test
    void switchTryAndDoWhilePrint() {
        assertPrints(
                "switch (a) { case 1: b; break; default: }",
                "switch (a) {\n  case 1:\n    b;\n    break;\n  default:\n}");
        assertPrints(
                "try { a; } catch { b; } finally { c; } try {} catch ({message}) {}",
                "try {\n  a;\n} catch {\n  b;\n} finally {\n  c;\n}\ntry {} catch ({message}) {}");
        assertPrints("do a(); while (b); do { c; } while (d)", "do\n  a();\nwhile (b);\ndo {\n  c;\n} while (d);");
    }

    @Test
    void forAwaitPrints() {
        assertModulePrints(
                "for await (const x of y) {} for (let [a, b] of c) ;",
                "for await (const x of y) {}\nfor (let [a, b] of c)\n  ;");
    }

    @Test
    void destructuringAssignmentArgumentIsParenthesized() {
        // V8 (Node 20) rejects the unparenthesized forms although the grammar allows them.
        assertPrints(
                "f([g()], [] = c); new F({}, ...({a} = b)); f(a = b);",
                "f([g()], ([] = c));\nnew F({}, ...({a} = b));\nf(a = b);");
    }

    @Test
    void forOfMemberNamedAsyncIsParenthesized() {
        assertPrints("for (x.async of y) ; for (async.x of y) ;", "for ((x.async) of y)\n  ;\nfor (async.x of y)\n  ;");
    }

    @Test
    void forOfRightSideIsAnAssignmentExpression() {
        assertPrints("for (x of (a, b)) ; for (x in a, b) ;", "for (x of (a, b))\n  ;\nfor (x in a, b)\n  ;");
    }

    // ---- modules -------------------------------------------------------------------------------------

    @Test
    void importFormsPrint() {
        assertModulePrints(
                "import 'm'; import {} from 'n'; import a from 'm'; import * as ns from 'm';"
                        + " import b, {c, d as e, default as f, 'g h' as i} from 'm'; import j, * as k from 'm';",
                "import 'm';\nimport 'n';\nimport a from 'm';\nimport * as ns from 'm';\n"
                        + "import b, {c, d as e, default as f, 'g h' as i} from 'm';\nimport j, * as k from 'm';");
    }

    @Test
    void exportFormsPrint() {
        assertModulePrints(
                "export const a = 1; export function f() {} export class C {} export {a as b, a as 'c d', C as D};"
                        + " export {x, 'y' as z, default as w} from 'm'; export * from 'm'; export * as ns from 'm';"
                        + " export * as 'n s' from 'm';",
                "export const a = 1;\nexport function f() {}\nexport class C {}\nexport {a as b, a as 'c d', C as D};\n"
                        + "export {x, 'y' as z, default as w} from 'm';\nexport * from 'm';\nexport * as ns from 'm';\n"
                        + "export * as 'n s' from 'm';");
    }

    @Test
    void exportDefaultFunctionExpressionIsParenthesized() {
        assertModulePrints("export default (function () {});", "export default (function () {});");
        assertModulePrints("export default (class {});", "export default (class {});");
        assertModulePrints("export default async function () {}", "export default async function () {}");
        assertModulePrints("export default class extends A {}", "export default class extends A {}");
        assertModulePrints("export default {a: 1};", "export default {a: 1};");
        assertModulePrints("export default (a, b);", "export default (a, b);");
    }

    // ---- whole files ---------------------------------------------------------------------------------

    @Test
    void nodeReferenceCasesRoundTripAndPrintingIsAFixedPoint() throws IOException {
        List<Path> files = NodeReferenceCorpus.scripts();
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            Source source = new Source(file.getFileName().toString(), Files.readString(file));
            PrinterRoundTripTest.checkRoundTrip(file.toString(), Parser.parse(source));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private static Program script(String code) {
        return Parser.parseScript(new Source("t.js", code));
    }

    private static Program assertPrints(String source, String expected) {
        return assertRoundTrip(script(source), expected);
    }

    private static Program assertModulePrints(String source, String expected) {
        return assertRoundTrip(Parser.parseModule(new Source("t.mjs", source)), expected);
    }

    private static Program assertRoundTrip(Program original, String expected) {
        String printed = Printer.print(original);
        assertThat(printed).isEqualTo(expected + "\n");
        Program reparsed = PrinterRoundTripTest.parse(original.sourceType(), printed);
        assertThat(AstEquality.firstDifference(original, reparsed))
                .as("difference after reparsing%n%s", printed)
                .isNull();
        return original;
    }
}
