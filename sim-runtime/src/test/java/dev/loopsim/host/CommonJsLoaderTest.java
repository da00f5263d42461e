package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CommonJS loader: wrapper bindings, resolution, caching, cycles, errors (expected output from node). */
class CommonJsLoaderTest {

    @Test
    void theMainScriptRunsInTheModuleWrapperWithThisAsModuleExports() {
        ModuleRun run = ModuleRun.of(
                "console.log(this === module.exports, arguments.length, __filename, __dirname, require.main === module,"
                        + " module.id)");
        assertThat(run.stdout()).isEqualTo("true 5 /app/main.js /app true .\n");
    }

    @Test
    void aRequiredModuleIsEvaluatedOnceWhateverTheSpelling() {
        ModuleRun run = ModuleRun.of(
                "const a = require('./lib/c'); const b = require('./lib/c.js'); const c = require('./x/../lib/c');"
                        + " console.log(a === b, b === c, a.n)",
                Map.of("/app/lib/c.js", "console.log('evaluated'); exports.n = 1;"));
        assertThat(run.stdout()).isEqualTo("evaluated\ntrue true 1\n");
    }

    @Test
    void extensionlessRequestsTryJsThenJsonThenTheDirectoryIndex() {
        ModuleRun run = ModuleRun.of(
                "console.log(require('./a'), require('./b'), require('./c'), require('./d'))",
                Map.of(
                        "/app/a.js", "module.exports = 'a.js'",
                        "/app/b.json", "{\"b\": [1]}",
                        "/app/c/index.js", "module.exports = 'c/index.js'",
                        "/app/d/package.json", "{\"main\": \"lib/start\"}",
                        "/app/d/lib/start.js", "module.exports = 'main of d'"));
        assertThat(run.stdout()).isEqualTo("a.js { b: [ 1 ] } c/index.js main of d\n");
    }

    @Test
    void aCycleSeesThePartialExportsOfTheModuleStillRunning() {
        ModuleRun run = ModuleRun.of(
                "require('./a')",
                Map.of(
                        "/app/a.js",
                        "exports.a1 = 1; const b = require('./b'); console.log('in a, b.done =', b.done); exports.done = true;",
                        "/app/b.js",
                        "const a = require('./a'); console.log('in b, a =', a); exports.done = true;"));
        assertThat(run.stdout()).isEqualTo("in b, a = { a1: 1 }\nin a, b.done = true\n");
    }

    @Test
    void aMissingModuleIsModuleNotFoundWithTheRequireStack() {
        ModuleRun run = ModuleRun.of(
                "try { require('./nope') } catch (e) { console.log(e.message); console.log(e.code, e.requireStack) }");
        assertThat(run.stdout())
                .isEqualTo(
                        "Cannot find module './nope'\nRequire stack:\n- /app/main.js\nMODULE_NOT_FOUND [ '/app/main.js' ]\n");
    }

    @Test
    void anUnknownNodePrefixedBuiltinIsErrUnknownBuiltinModule() {
        ModuleRun run = ModuleRun.of("try { require('node:nope') } catch (e) { console.log(e.message, e.code) }");
        assertThat(run.stdout()).isEqualTo("No such built-in module: node:nope ERR_UNKNOWN_BUILTIN_MODULE\n");
    }

    @Test
    void aSyntaxErrorInARequiredFileIsASyntaxErrorReportedAtItsLine() {
        ModuleRun run = ModuleRun.of("require('./bad')", Map.of("/app/bad.js", "let x = 1;\nlet y = ;\n"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("/app/bad.js:2\nlet y = ;\n        ^\n\nSyntaxError: Unexpected token ';'");
    }

    @Test
    void theHostReadsNoFileItWasNotGiven() {
        ModuleRun run = ModuleRun.of("try { require('/etc/hostname') } catch (e) { console.log(e.code) }");
        assertThat(run.stdout()).isEqualTo("MODULE_NOT_FOUND\n");
    }

    @Test
    void requireBuiltinGivesOneExportsObjectWithOrWithoutTheNodePrefix() {
        NodeHost host = new NodeHost(s -> {}, s -> {}, dev.loopsim.loop.ChoiceSource.defaults());
        assertThat(host.requireBuiltin("events")).isNotNull().isSameAs(host.requireBuiltin("node:events"));
        assertThat(host.requireBuiltin("assert/strict")).isNotNull();
        assertThat(host.requireBuiltin("fs")).isNotNull().isSameAs(host.requireBuiltin("node:fs"));
        assertThat(host.requireBuiltin("crypto")).isNull();
        assertThat(host.requireBuiltin("internal/errors")).isNull();
    }
}
