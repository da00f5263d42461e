package dev.loopsim.js.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.Undefined;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * ES modules on the bare engine (ECMA-262 §16.2): live bindings, the dead zone, cycles, namespace
 * objects, re-exports, top-level await across sibling modules, import(). Each graph's expected output was
 * recorded by running its main.mjs with node v20.
 */
class ModulesTest {

    record Run(String output, JsPromise evaluation) {}

    /** Runs main.mjs of an in-memory module graph; {@code ./name} imports {@code name} from the map. */
    private static Run run(Map<String, String> files) {
        Engine engine = new Engine();
        Realm realm = engine.realm();
        StringBuilder out = new StringBuilder();
        JsObject console = realm.newObject();
        realm.method(console, "log", 0, (t, a, n) -> {
            out.append(Stream.of(a).map(v -> Operations.toString(realm, v)).collect(Collectors.joining(" ")))
                    .append('\n');
            return Undefined.INSTANCE;
        });
        realm.globalObject.set("console", console);
        Map<String, ModuleRecord> loaded = new HashMap<>();
        realm.setModuleLoader((referrer, specifier) -> loaded.computeIfAbsent(specifier.substring(2), name -> {
            String text = files.get(name);
            if (text == null) {
                throw new JsThrow(realm.newError(realm.errorPrototype, "Cannot find module '" + specifier + "'"));
            }
            return ModuleRecord.sourceText(
                    realm, name, Compiler.compileModule(Parser.parseModule(new Source(name, text))), realm.newObject());
        }));
        Object promise =
                engine.runModule("main.mjs", Parser.parseModule(new Source("main.mjs", files.get("main.mjs"))));
        return new Run(out.toString(), (JsPromise) promise);
    }

    @Test
    void anImporterSeesTheExportersCurrentValue() {
        Run run = run(Map.of(
                "main.mjs",
                        "import { count, increment } from './counter.mjs';\nconsole.log(count);\nincrement();\nincrement();\nconsole.log(count);\n",
                "counter.mjs", "export let count = 0;\nexport function increment() { count++; }\n"));
        assertThat(run.output()).isEqualTo("0\n2\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void readingAnImportBeforeItsModuleRanIsATemporalDeadZoneError() {
        Run run = run(
                Map.of(
                        "main.mjs", "import { a } from './a.mjs';\nconsole.log('main', a);\n",
                        "a.mjs", "import { b } from './b.mjs';\nconsole.log('a', b);\nexport const a = 'A';\n",
                        "b.mjs",
                                "import { a } from './a.mjs';\ntry { console.log(a); } catch (e) { console.log(e.name + ': ' + e.message); }\nexport const b = 'B';\n"));
        assertThat(run.output()).isEqualTo("ReferenceError: Cannot access 'a' before initialization\na B\nmain A\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void hoistedFunctionsOfACycleCanBeCalledBeforeTheirModuleRuns() {
        Run run = run(
                Map.of(
                        "main.mjs", "import { fa } from './a.mjs';\nconsole.log('main', fa());\n",
                        "a.mjs",
                                "import { fb } from './b.mjs';\nconsole.log('a runs', fb());\nexport function fa() { return 'fa'; }\n",
                        "b.mjs",
                                "import { fa } from './a.mjs';\nconsole.log('b runs', fa());\nexport function fb() { return 'fb'; }\n"));
        assertThat(run.output()).isEqualTo("b runs fa\na runs fb\nmain fa\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void theNamespaceObjectHasANullPrototypeSortedKeysAndTheModuleTag() {
        Run run = run(
                Map.of(
                        "main.mjs",
                                "import * as ns from './m.mjs';\nconsole.log(Object.getPrototypeOf(ns) === null, Object.keys(ns).join(), Object.prototype.toString.call(ns));\nconsole.log(Object.isExtensible(ns), Reflect.set(ns, 'z', 1), Reflect.deleteProperty(ns, 'zeta'), 'alpha' in ns);\nconsole.log(JSON.stringify(Object.getOwnPropertyDescriptor(ns, 'alpha')));\n",
                        "m.mjs",
                                "export const zeta = 1;\nexport const alpha = 2;\nexport default 3;\nexport { alpha as Beta };\n"));
        assertThat(run.output())
                .isEqualTo(
                        "true Beta,alpha,default,zeta [object Module]\nfalse false false true\n{\"value\":2,\"writable\":true,\"enumerable\":true,\"configurable\":false}\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void siblingModulesWithTopLevelAwaitRunAsV8RunsThem() {
        Run run = run(
                Map.of(
                        "main.mjs", "import './x.mjs';\nimport './y.mjs';\nimport './z.mjs';\nconsole.log('main');\n",
                        "x.mjs",
                                "console.log('x start');\nawait null;\nconsole.log('x after await');\nawait null;\nconsole.log('x end');\n",
                        "y.mjs", "console.log('y sync');\nPromise.resolve().then(() => console.log('y micro'));\n",
                        "z.mjs",
                                "console.log('z start');\nawait Promise.resolve().then(() => {}).then(() => {});\nconsole.log('z end');\n"));
        assertThat(run.output()).isEqualTo("x start\ny sync\nz start\nx after await\ny micro\nx end\nz end\nmain\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void aModuleWaitsForItsAsyncDependencyButNotForItsSiblings() {
        Run run = run(
                Map.of(
                        "main.mjs",
                                "import './slow.mjs';\nimport './sync.mjs';\nconsole.log('main');\nPromise.resolve().then(() => console.log('main micro'));\n",
                        "slow.mjs",
                                "import './leaf.mjs';\nconsole.log('slow before');\nawait 0;\nconsole.log('slow after');\n",
                        "leaf.mjs", "console.log('leaf');\nawait 0;\nconsole.log('leaf after');\n",
                        "sync.mjs",
                                "console.log('sync');\nPromise.resolve().then(() => console.log('sync micro 1')).then(() => console.log('sync micro 2')).then(() => console.log('sync micro 3'));\n"));
        assertThat(run.output())
                .isEqualTo(
                        "leaf\nsync\nleaf after\nsync micro 1\nslow before\nsync micro 2\nslow after\nsync micro 3\nmain\nmain micro\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void exportStarLeavesOutDefaultAndNamesTwoModulesProvide() {
        Run run = run(Map.of(
                "main.mjs", "import * as ns from './all.mjs';\nconsole.log(Object.keys(ns).join());\n",
                "all.mjs", "export * from './p.mjs';\nexport * from './q.mjs';\nexport const own = 0;\n",
                "p.mjs", "export const p = 1;\nexport const shared = 'p';\nexport default 'pd';\n",
                "q.mjs", "export const q = 2;\nexport const shared = 'q';\n"));
        assertThat(run.output()).isEqualTo("own,p,q\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void aReExportedImportIsTheOriginalLiveBinding() {
        Run run = run(Map.of(
                "main.mjs",
                        "import { value, bump } from './middle.mjs';\nimport * as mid from './middle.mjs';\nconsole.log(value, mid.renamed, mid.ns.value);\nbump();\nconsole.log(value, mid.renamed, mid.ns.value);\n",
                "middle.mjs",
                        "import { value } from './source.mjs';\nexport { value };\nexport { value as renamed, bump } from './source.mjs';\nexport * as ns from './source.mjs';\n",
                "source.mjs", "export let value = 1;\nexport function bump() { value = value * 10; }\n"));
        assertThat(run.output()).isEqualTo("1 1 1\n10 10 10\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void anonymousDefaultExportsAreNamedDefault() {
        Run run = run(Map.of(
                "main.mjs",
                        "import f from './f.mjs';\nimport C from './c.mjs';\nimport a from './a.mjs';\nconsole.log(f.name, C.name, a.name, typeof f, typeof C);\n",
                "f.mjs", "export default function () {}\n",
                "c.mjs", "export default class {}\n",
                "a.mjs", "export default () => {};\n"));
        assertThat(run.output()).isEqualTo("default default default function function\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void aModuleBodyIsStrictAndItsThisIsUndefined() {
        Run run = run(
                Map.of(
                        "main.mjs",
                        "console.log(this === undefined, typeof arguments, (function () { return this; })() === undefined);\ntry { undeclared = 1; } catch (e) { console.log(e.name); }\n"));
        assertThat(run.output()).isEqualTo("true undefined true\nReferenceError\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void assigningToAnImportIsATypeError() {
        Run run = run(Map.of(
                "main.mjs",
                        "import { x } from './x.mjs';\ntry { x = 2; } catch (e) { console.log(e.name + ': ' + e.message); }\nconsole.log(x);\n",
                "x.mjs", "export let x = 1;\n"));
        assertThat(run.output()).isEqualTo("TypeError: Assignment to constant variable.\n1\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void dynamicImportResolvesToTheNamespaceAfterTheModuleRan() {
        Run run = run(Map.of(
                "main.mjs",
                        "const p = import('./d.mjs');\nconsole.log('after import()');\np.then((ns) => console.log('loaded', ns.default, ns.n));\n",
                "d.mjs", "console.log('d runs');\nexport default 'D';\nexport const n = 1;\n"));
        assertThat(run.output()).isEqualTo("after import()\nd runs\nloaded D 1\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.FULFILLED);
    }

    @Test
    void aThrowInADependencyStopsTheGraphBeforeItsImporter() {
        Run run = run(Map.of(
                "main.mjs", "import './bad.mjs';\nconsole.log('main never runs');\n",
                "bad.mjs", "console.log('bad runs');\nthrow new Error('bad');\n"));
        assertThat(run.output()).isEqualTo("bad runs\n");
        assertThat(run.evaluation().state).isEqualTo(JsPromise.State.REJECTED);
    }

    @Test
    void aMissingExportFailsToLinkWithV8sMessageAtTheImportedName() {
        ModuleLinkError e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ModuleLinkError.class,
                () -> run(Map.of("main.mjs", "import { y } from './b.mjs';\n", "b.mjs", "export const x = 1;\n")));
        assertThat(((JsObject) e.error()).get("message"))
                .isEqualTo("The requested module './b.mjs' does not provide an export named 'y'");
        assertThat(e.source().columnOf(e.offset())).isEqualTo(10);
        assertThat(e.length()).isEqualTo(1);
    }

    @Test
    void anImportThatTwoStarExportsProvideIsAmbiguous() {
        ModuleLinkError e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ModuleLinkError.class,
                () -> run(Map.of(
                        "main.mjs", "import { y } from './amb.mjs';\n",
                        "amb.mjs", "export * from './c.mjs'; export * from './d.mjs';\n",
                        "c.mjs", "export const y = 1;\n",
                        "d.mjs", "export const y = 2;\n")));
        assertThat(((JsObject) e.error()).get("message"))
                .isEqualTo("The requested module './amb.mjs' contains conflicting star exports for name 'y'");
    }
}
