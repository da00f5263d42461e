package dev.loopsim.js.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names and reexports {@link CommonJsExports} finds: each expectation is what node v20.20.2's own
 * cjs-module-lexer (2.2.0) returned for the same source ({@code node --expose-internals}, its
 * {@code internal/deps/cjs-module-lexer/lexer} parse).
 */
class CommonJsExportsTest {

    private static void assertDetects(String source, List<String> exports, List<String> reexports) {
        CommonJsExports.Detected detected = CommonJsExports.detect(source);
        assertThat(detected.exports()).as("exports of %s", source).isEqualTo(exports);
        assertThat(detected.reexports()).as("reexports of %s", source).isEqualTo(reexports);
    }

    @Test
    void dotAndQuotedMemberAssignmentsToExportsOrModuleExportsAreNamesWhereverTheyStand() {
        assertDetects(
                "exports.a = 1; module.exports.b = 2; exports['c'] = 3; module.exports[\"d-e\"] = 4",
                List.of("a", "b", "c", "d-e"),
                List.of());
        assertDetects(
                "function f(exports) { exports.x = 1 } if (false) module.exports.y = 2", List.of("x", "y"), List.of());
        assertDetects("exports.a = exports.b = void 0; exports.c == 1", List.of("a", "b", "c"), List.of());
    }

    @Test
    void computedNestedCompoundOrForeignAssignmentsAreNotNames() {
        assertDetects(
                "const k = 'a'; exports[k] = 1; exports.b.c = 2; exports.d += 3; exports[`e`] = 4",
                List.of(),
                List.of());
        assertDetects(
                "x.exports.a = 1; a.module.exports.b = 2; var e = exports; e.z = 1; module['exports'].c = 1",
                List.of(),
                List.of());
    }

    @Test
    void commentsStringsTemplatesAndRegexesHideWhatTheyContain() {
        assertDetects(
                "exports.a = 1; /* exports.b = 2 */ // exports.c = 3\nconst s = 'exports.d = 4'; const r = /exports.f = 1/; const t = `exports.g = ${exports.h = 5}`;",
                List.of("a", "h"),
                List.of());
        assertDetects("const q = a / b; exports.i = 2 / 3; x = /=/g; exports.j = 1", List.of("i", "j"), List.of());
    }

    @Test
    void definePropertyCountsWithAValueOrAGetterReturningAnIdentifierOrMember() {
        assertDetects(
                "Object.defineProperty(exports, 'a', { value: 1 }); Object.defineProperty(module.exports, \"b\", { enumerable: true, value: 2 })",
                List.of("a", "b"),
                List.of());
        assertDetects(
                "Object.defineProperty(exports, 'c', { enumerable: true, get: function () { return q.p; } }); Object.defineProperty(exports, 'd', { get() { return q['p'] } }); Object.defineProperty(exports, 'e', { enumerable: true, get: function get() { return e; } })",
                List.of("c", "d", "e"),
                List.of());
    }

    @Test
    void anyOtherDefinePropertyOfANameTakesItAway() {
        assertDetects(
                "exports.a = 1; Object.defineProperty(exports, 'a', { writable: true, value: 1 })",
                List.of(),
                List.of());
        assertDetects(
                "Object.defineProperty(exports, 'b', { get() { return compute(); } }); Object.defineProperty(exports, 'c', { enumerable: false, value: 1 }); Object.defineProperty(exports, 'd', { enumerable: true, get() { return d }, configurable: true })",
                List.of(),
                List.of());
        assertDetects(
                "Object.defineProperty(exports, `e`, { value: 1 }); Object.defineProperty(exports, f, { value: 1 }); x.Object.defineProperty(exports, 'g', { value: 1 })",
                List.of(),
                List.of());
    }

    @Test
    void anObjectLiteralAssignedToModuleExportsGivesItsNamesUntilAPropertyItCannotRead() {
        assertDetects(
                "module.exports = { a, b: c, 'd': e, \"f-g\": h, ...rest, i, }",
                List.of("a", "b", "d", "f-g", "i"),
                List.of());
        assertDetects("module.exports = { a, b: c.d, e }", List.of("a", "b"), List.of());
        assertDetects("module.exports = { a, b: 5, c }", List.of("a"), List.of());
        assertDetects("module.exports = { a, get b() { return 1 }, c }", List.of("a", "get"), List.of());
        assertDetects("module.exports = { a, 'b'() {}, c }", List.of("a"), List.of());
        assertDetects("module.exports = { a, b: this, [c]: d, e }", List.of("a", "b"), List.of());
    }

    @Test
    void theLastModuleExportsAssignmentDecidesTheReexports() {
        assertDetects("module.exports = require('./x'); module.exports = require('./y')", List.of(), List.of("./y"));
        assertDetects("module.exports = require('./x'); module.exports = function () {}", List.of(), List.of());
        assertDetects(
                "module.exports = { a, ...require('./x'), ...require('./y') }", List.of("a"), List.of("./x", "./y"));
        assertDetects("module.exports = require(`./x`); module.exports.b = 1", List.of("b"), List.of());
    }

    @Test
    void topLevelStarExportsOfTranspilersAreReexports() {
        assertDetects(
                "\"use strict\";\nexports.__esModule = true;\nvar _external = require(\"./ext\");\nObject.keys(_external).forEach(function (key) {\n  if (key === \"default\" || key === \"__esModule\") return;\n  exports[key] = _external[key];\n});",
                List.of("__esModule"),
                List.of("./ext"));
        assertDetects(
                "var _e = require('./ext'); Object.keys(_e).forEach(function (k) { if (k !== 'default') Object.defineProperty(exports, k, { enumerable: true, get: function () { return _e[k]; } }); });",
                List.of(),
                List.of("./ext"));
        assertDetects(
                "var _e = require('./ext'); Object.keys(_e).forEach(function (k) { if (k === 'default' || k === '__esModule') return; if (k in exports && exports[k] === _e[k]) return; exports[k] = _e[k]; });",
                List.of(),
                List.of("./ext"));
        assertDetects(
                "tslib.__exportStar(require('./a'), exports); __export(require('./b'));",
                List.of(),
                List.of("./a", "./b"));
        assertDetects("function f() { __exportStar(require('./x'), exports) }", List.of(), List.of());
    }
}
