package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** node:assert; each message was printed by node v20 (corpus modules-assert-*). */
class AssertModuleTest {

    private static String messageOf(String assertion) {
        return ModuleRun.of(
                        "const assert = require('assert'); try { " + assertion
                                + " } catch (e) { console.log(JSON.stringify(e.message), e.code, e.operator, e.generatedMessage) }")
                .stdout();
    }

    @Test
    void strictEqualOfShortPrimitivesShowsAStrictInequality() {
        assertThat(messageOf("assert.strictEqual(1, 2)"))
                .isEqualTo(
                        "\"Expected values to be strictly equal:\\n\\n1 !== 2\\n\" ERR_ASSERTION strictEqual true\n");
    }

    @Test
    void aCustomMessageReplacesTheHeaderOfAStrictComparison() {
        assertThat(messageOf("assert.strictEqual(1, 2, 'custom')"))
                .isEqualTo("\"custom\\n\\n1 !== 2\\n\" ERR_ASSERTION strictEqual false\n");
    }

    @Test
    void deepStrictEqualShowsTheActualExpectedLineDiff() {
        assertThat(messageOf("assert.deepStrictEqual({a: 1, b: [1, 2]}, {a: 1, b: [1, 3]})"))
                .isEqualTo(
                        "\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  {\\n    a: 1,\\n"
                                + "    b: [\\n      1,\\n+     2\\n-     3\\n    ]\\n  }\" ERR_ASSERTION deepStrictEqual true\n");
    }

    @Test
    void looseEqualNamesTheOperator() {
        assertThat(messageOf("assert.equal(1, 2)")).isEqualTo("\"1 == 2\" ERR_ASSERTION == true\n");
    }

    @Test
    void aFalsyAssertQuotesItsCallFromTheSource() {
        assertThat(messageOf("assert(1 > 2)"))
                .isEqualTo(
                        "\"The expression evaluated to a falsy value:\\n\\n  assert(1 > 2)\\n\" ERR_ASSERTION == true\n");
    }

    @Test
    void throwsWithoutAnExceptionIsMissingExpectedException() {
        assertThat(messageOf("assert.throws(() => {})"))
                .isEqualTo("\"Missing expected exception.\" ERR_ASSERTION throws false\n");
    }

    @Test
    void anUncaughtAssertionFailsTheProcessWithNodesReport() {
        ModuleRun run = ModuleRun.of("const assert = require('assert');\nassert.strictEqual(1, 2);\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr())
                .startsWith("node:assert:")
                .contains("  throw new AssertionError(obj);\n  ^\n\n"
                        + "AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n\n"
                        + "    at Object.<anonymous> (/app/main.js:2:8) {\n  generatedMessage: true,\n"
                        + "  code: 'ERR_ASSERTION',\n  actual: 1,\n  expected: 2,\n  operator: 'strictEqual'\n}")
                .endsWith("Node.js v20.20.2\n");
    }
}
