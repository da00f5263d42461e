package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ES module ↔ CommonJS interop: import of CommonJS files, the .js format rules, require() of ES modules.
 * Every expected output was printed by node v20.20.2 running the same files (in a directory of its own,
 * here /app).
 */
class ModuleInteropTest {

    private static ModuleRun esm(String main, Map<String, String> files) {
        return ModuleRun.ofMain("/app/main.mjs", main, files);
    }

    @Test
    void anImportedCommonJsModuleHasModuleExportsAsDefaultAndTheStaticallyFoundNamesAsNamedExports() {
        ModuleRun run = esm(
                "import lib, { a, b } from './lib.js';\nimport * as ns from './lib.js';\nconsole.log(lib, a, b);\n"
                        + "console.log(Object.keys(ns), ns.default === lib);\n",
                Map.of("/app/lib.js", "exports.a = 1;\nmodule.exports.b = 2;\nconst k = 'c';\nexports[k] = 3;\n"));
        assertThat(run.stdout()).isEqualTo("{ a: 1, b: 2, c: 3 } 1 2\n[ 'a', 'b', 'default' ] true\n");
    }

    @Test
    void anImportedCommonJsModuleRunsInGraphOrderBetweenItsSiblings() {
        ModuleRun run = esm(
                "import './a.mjs';\nimport './lib.cjs';\nimport './b.mjs';\nconsole.log('main');\n",
                Map.of(
                        "/app/a.mjs", "console.log('a.mjs');\n",
                        "/app/b.mjs", "console.log('b.mjs');\n",
                        "/app/lib.cjs", "console.log('lib.cjs');\n"));
        assertThat(run.stdout()).isEqualTo("a.mjs\nlib.cjs\nb.mjs\nmain\n");
    }

    @Test
    void aNamedImportStaticAnalysisDoesNotFindIsASyntaxErrorAdvisingTheDefaultImport() {
        ModuleRun run = esm(
                "console.log('never');\nimport { a as x, nope } from './lib.js';\n",
                Map.of("/app/lib.js", "exports.a = 1;\n"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr())
                .startsWith("file:///app/main.mjs:2\nimport { a as x, nope } from './lib.js';\n"
                        + "                 ^^^^\n"
                        + "SyntaxError: Named export 'nope' not found. The requested module './lib.js' is a CommonJS"
                        + " module, which may not support all module.exports as named exports.\n"
                        + "CommonJS modules can always be imported via the default export, for example using:\n\n"
                        + "import pkg from './lib.js';\nconst { a: x, nope } = pkg;\n\n"
                        + "    at ModuleJob._instantiate");
    }

    @Test
    void theAdviceHasNoDestructuringWhenTheNameIsNotOnALineWithBraces() {
        ModuleRun run = esm("import {\n  nope\n} from './lib.cjs';\n", Map.of("/app/lib.cjs", "exports.a = 1;\n"));
        assertThat(run.stderr())
                .contains("for example using:\n\nimport pkg from './lib.cjs';\n\n    at ModuleJob._instantiate");
    }

    @Test
    void namesOfReexportedFilesAreNamedExportsToo() {
        ModuleRun run = esm(
                "import * as ns from './index.js';\nconsole.log(ns);\n",
                Map.of(
                        "/app/index.js", "module.exports = { own, ...require('./more.js') };\nfunction own() {}\n",
                        "/app/more.js", "module.exports = require('./deep.cjs');\n",
                        "/app/deep.cjs", "exports.deep = 'deep';\nexports.other = 'other';\n"));
        assertThat(run.stdout())
                .isEqualTo("[Module: null prototype] {\n  deep: 'deep',\n"
                        + "  default: { own: [Function: own], deep: 'deep', other: 'other' },\n  other: 'other',\n"
                        + "  own: [Function: own]\n}\n");
    }

    @Test
    void esModuleIsOnlyANameAndTheDefaultStaysModuleExports() {
        ModuleRun run = esm(
                "import d, { named, __esModule } from './lib.cjs';\nconsole.log(d, named, __esModule);\n",
                Map.of(
                        "/app/lib.cjs",
                        "Object.defineProperty(exports, '__esModule', { value: true });\n"
                                + "exports.default = 'the default';\nexports.named = 'n';\n"));
        assertThat(run.stdout()).isEqualTo("{ default: 'the default', named: 'n' } n true\n");
    }

    @Test
    void aDetectedNameThatIsNotAnOwnPropertyAfterEvaluationIsUndefinedAndAnUnsafeGetterIsNoName() {
        ModuleRun run = esm(
                "import * as ns from './lib.cjs';\nconsole.log(Object.keys(ns));\n",
                Map.of(
                        "/app/lib.cjs",
                        "const impl = { v: 1 };\n"
                                + "Object.defineProperty(exports, 'safe', { enumerable: true, get: function () { return impl.v; } });\n"
                                + "Object.defineProperty(exports, 'unsafe', { enumerable: true, get() { return compute(); } });\n"
                                + "function compute() { return 2; }\nexports.notOwn = 1;\ndelete exports.notOwn;\n"));
        assertThat(run.stdout()).isEqualTo("[ 'default', 'notOwn', 'safe' ]\n");
    }

    @Test
    void aJsFileWithoutAPackageTypeIsCommonJsUnlessItOnlyParsesAsAModule() {
        ModuleRun run = esm(
                "import { x } from './esm.js';\nimport cjs from './cjs.js';\nconsole.log(x, cjs);\n",
                Map.of(
                        "/app/esm.js", "export const x = 'esm syntax';\n",
                        "/app/cjs.js", "module.exports = 'commonjs';\n"));
        assertThat(run.stdout()).isEqualTo("esm syntax commonjs\n");
    }

    @Test
    void aJsFileUnderAPackageJsonOfTypeModuleIsAnEsModuleAndCjsStaysCommonJs() {
        ModuleRun run = ModuleRun.of(
                "const m = require('./pkg/m.js');\nconsole.log(m);\n"
                        + "import('./pkg/c.cjs').then(ns => console.log(ns.default));\n",
                Map.of(
                        "/app/pkg/package.json", "{\"type\": \"module\"}",
                        "/app/pkg/m.js", "console.log('m.js', typeof require);\nexport const answer = 42;\n",
                        "/app/pkg/c.cjs", "module.exports = { cjs: true };\n"));
        assertThat(run.stdout()).isEqualTo("m.js undefined\n[Module: null prototype] { answer: 42 }\n{ cjs: true }\n");
    }

    @Test
    void requireOfAnEsModuleRunsItsGraphSynchronouslyAndReturnsItsNamespace() {
        ModuleRun run = ModuleRun.of(
                "console.log('before');\nconst ns = require('./counter.mjs');\nns.increment();\n"
                        + "console.log(ns.count, ns, require('./counter.mjs') === ns);\n"
                        + "console.log(require('./plain.mjs'));\nconsole.log(require('./fn.mjs')());\n",
                Map.of(
                        "/app/counter.mjs",
                        "console.log('counter.mjs runs');\nexport let count = 0;\n"
                                + "export function increment() { count++; }\nexport default 'counter';\n",
                        "/app/plain.mjs",
                        "export const plain = true;\n",
                        "/app/fn.mjs",
                        "export default 1;\nconst f = () => 'module.exports export';\nexport { f as 'module.exports' };\n"));
        assertThat(run.stdout())
                .isEqualTo("before\ncounter.mjs runs\n1 [Module: null prototype] {\n  __esModule: true,\n  count: 1,\n"
                        + "  default: 'counter',\n  increment: [Function: increment]\n} true\n"
                        + "[Module: null prototype] { plain: true }\nmodule.exports export\n");
        assertThat(run.stderr()).isEmpty(); // node v20.20.2 prints no ExperimentalWarning for it
    }

    @Test
    void requireOfAGraphWithTopLevelAwaitAnywhereIsErrRequireAsyncModuleAndRunsNothing() {
        ModuleRun run = ModuleRun.of(
                "try { require('./outer.mjs'); } catch (e) { console.log(e.code); console.log(e.message); }\n",
                Map.of(
                        "/app/outer.mjs", "import './tla.mjs';\nconsole.log('outer runs');\n",
                        "/app/tla.mjs", "console.log('tla runs');\nawait null;\n"));
        assertThat(run.stdout())
                .isEqualTo("ERR_REQUIRE_ASYNC_MODULE\nrequire() cannot be used on an ESM graph with top-level await."
                        + " Use import() instead. To see where the top-level await comes from, use"
                        + " --experimental-print-required-tla.\n  From /app/main.js \n  Requiring /app/outer.mjs \n");
    }

    @Test
    void anUncaughtErrRequireAsyncModuleEndsTheProcessWithCode1() {
        ModuleRun run =
                ModuleRun.of("console.log('first');\nrequire('./tla.mjs');\n", Map.of("/app/tla.mjs", "await 1;\n"));
        assertThat(run.stdout()).isEqualTo("first\n");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("Error [ERR_REQUIRE_ASYNC_MODULE]: require() cannot be used");
    }

    @Test
    void anEsModuleThatThrowsThrowsToEveryRequireButRunsOnce() {
        ModuleRun run = ModuleRun.of(
                "for (let i = 0; i < 2; i++) {\n  try { require('./bad.mjs'); } catch (e) { console.log(i, e.message); }\n}\n",
                Map.of("/app/bad.mjs", "console.log('bad.mjs runs');\nthrow new Error('boom');\n"));
        assertThat(run.stdout()).isEqualTo("bad.mjs runs\n0 boom\n1 boom\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void anImportedCommonJsModuleThatThrowsRunsOnceAndRejectsEveryImport() {
        ModuleRun run = esm(
                "try { await import('./bad.cjs'); } catch (e) { console.log('first', e.message); }\n"
                        + "try { await import('./bad.cjs'); } catch (e) { console.log('second', e.message); }\n",
                Map.of("/app/bad.cjs", "console.log('bad.cjs runs');\nthrow new Error('cjs boom');\n"));
        assertThat(run.stdout()).isEqualTo("bad.cjs runs\nfirst cjs boom\nsecond cjs boom\n");
    }

    @Test
    void importAndRequireShareTheCommonJsCache() {
        ModuleRun run = ModuleRun.of(
                "const lib = require('./lib.js');\nlib.seen = 'by require';\n"
                        + "import('./lib.js').then(ns => console.log(ns.default === lib, ns.default.seen));\n",
                Map.of("/app/lib.js", "console.log('lib.js runs once');\nexports.x = 1;\n"));
        assertThat(run.stdout()).isEqualTo("lib.js runs once\ntrue by require\n");
    }

    @Test
    void importInACommonJsFileResolvesAgainstThatFile() {
        ModuleRun run = ModuleRun.of(
                "require('./sub/loader.js').load().then(ns => console.log(ns.where));\n",
                Map.of(
                        "/app/sub/loader.js", "exports.load = () => import('./target.mjs');\n",
                        "/app/sub/target.mjs", "export const where = 'sub/target.mjs';\n"));
        assertThat(run.stdout()).isEqualTo("sub/target.mjs\n");
    }

    @Test
    void jsonNeedsAnImportAttributeAndAnUnknownExtensionCannotBeImported() {
        ModuleRun run = esm(
                "for (const s of ['./data.json', './notes.txt']) {\n"
                        + "  try { await import(s); } catch (e) { console.log(e.name, e.code, e.message); }\n}\n",
                Map.of("/app/data.json", "{}", "/app/notes.txt", "hi"));
        assertThat(run.stdout())
                .isEqualTo("TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING Module \"file:///app/data.json\" needs an"
                        + " import attribute of type \"json\"\n"
                        + "TypeError ERR_UNKNOWN_FILE_EXTENSION Unknown file extension \".txt\" for /app/notes.txt\n");
    }
}
