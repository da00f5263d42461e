package dev.loopsim.js.vm;

import dev.loopsim.js.builtins.AggregateErrorBuiltins;
import dev.loopsim.js.builtins.ArrayBuiltins;
import dev.loopsim.js.builtins.BigIntBuiltins;
import dev.loopsim.js.builtins.CollectionBuiltins;
import dev.loopsim.js.builtins.CoreBuiltins;
import dev.loopsim.js.builtins.DateBuiltins;
import dev.loopsim.js.builtins.GlobalFunctions;
import dev.loopsim.js.builtins.JsonBuiltins;
import dev.loopsim.js.builtins.MathBuiltins;
import dev.loopsim.js.builtins.NodeErrors;
import dev.loopsim.js.builtins.NumberBuiltins;
import dev.loopsim.js.builtins.ObjectBuiltins;
import dev.loopsim.js.builtins.PromiseBuiltins;
import dev.loopsim.js.builtins.ReflectBuiltins;
import dev.loopsim.js.builtins.RegExpBuiltins;
import dev.loopsim.js.builtins.StringBuiltins;
import dev.loopsim.js.builtins.SymbolRegistryBuiltins;
import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsObject;

/**
 * The ECMAScript engine without a Node host: a realm with its built-ins, scripts compiled and run as
 * CommonJS function bodies, and the minimal host that runs every promise job to completion.
 */
public final class Engine {
    private final Realm realm = new Realm();

    public Engine() {
        CoreBuiltins.install(realm);
        ObjectBuiltins.install(realm);
        ArrayBuiltins.install(realm);
        SymbolRegistryBuiltins.install(realm);
        ReflectBuiltins.install(realm);
        JsonBuiltins.install(realm);
        CollectionBuiltins.install(realm);
        AggregateErrorBuiltins.install(realm);
        GlobalFunctions.install(realm);
        NumberBuiltins.install(realm);
        BigIntBuiltins.install(realm);
        MathBuiltins.install(realm);
        StringBuiltins.install(realm);
        RegExpBuiltins.install(realm);
        DateBuiltins.install(realm);
        PromiseBuiltins.install(realm);
        Generators.install(realm);
        AsyncGenerators.install(realm);
        // The minimal host's one API: queueMicrotask enqueues a job (a Node host replaces the hooks).
        realm.globalObject.defineOwn(
                "queueMicrotask",
                realm.function("queueMicrotask", 1, (t, a, n) -> {
                    Object callback = a.length > 0 ? a[0] : dev.loopsim.js.value.Undefined.INSTANCE;
                    if (!(callback instanceof dev.loopsim.js.value.JsFunction f)) {
                        throw NodeErrors.invalidArgType(realm, "callback", "function", callback);
                    }
                    realm.hooks()
                            .enqueueJob(
                                    HostHooks.JobKind.QUEUE_MICROTASK,
                                    () -> f.call(dev.loopsim.js.value.Undefined.INSTANCE, new Object[0]));
                    return dev.loopsim.js.value.Undefined.INSTANCE;
                }),
                dev.loopsim.js.value.Property.HIDDEN);
    }

    public Realm realm() {
        return realm;
    }

    /** Compiles a parsed script; the template can run many times. */
    public static FunctionTemplate compile(Program program) {
        return Compiler.compileScript(program);
    }

    /** Compiles a parsed script as a function body with these parameters (Node's module wrapper). */
    public static FunctionTemplate compileFunction(Program program, java.util.List<String> parameters) {
        return Compiler.compileFunctionBody(program, parameters);
    }

    /**
     * Parses, compiles and runs a script, then runs queued jobs until none is left; returns what the
     * script's top level returned (Node allows {@code return} there).
     */
    public Object run(Source source) {
        Program program = Parser.parse(source);
        if (program.sourceType() == dev.loopsim.js.syntax.Node.SourceType.MODULE) {
            return runModule(source.name(), program);
        }
        FunctionTemplate script = compile(program);
        Object result = realm.interpreter().runScript(script, realm.newObject(), new Object[0]);
        realm.runJobs();
        return result;
    }

    /**
     * Loads, links and evaluates a module (its imports through the realm's {@link ModuleLoader}), then
     * runs queued jobs until none is left; returns the promise of its evaluation.
     */
    public Object runModule(String url, Program program) {
        JsObject meta = new JsObject(null);
        meta.defineOwn("url", url, dev.loopsim.js.value.Property.DEFAULT);
        ModuleRecord module = ModuleRecord.sourceText(realm, url, Compiler.compileModule(program), meta);
        Object promise = ModuleEvaluation.loadLinkAndEvaluate(realm, module);
        realm.runJobs();
        return promise;
    }
}
