package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.Undefined;

/**
 * {@code import(specifier)} (ECMA-262 §13.3.10.1 EvaluateImportCall and §16.2.1.8 ContinueDynamicImport):
 * a promise of the module's namespace, rejected when it cannot be loaded, linked or evaluated.
 */
final class DynamicImport {
    private DynamicImport() {}

    /**
     * ECMA-262 §13.3.10.1.1 EvaluateImportCall, from {@code referrer}, or when that is null from the
     * script named {@code scriptName}.
     */
    static JsObject evaluateImportCall(Realm realm, ModuleRecord referrer, String scriptName, Object specifier) {
        Promises.Capability capability = Promises.newPromiseCapability(realm, realm.promiseConstructor());
        ModuleRecord module;
        try {
            String specifierString = Operations.toString(realm, specifier);
            module = referrer != null || scriptName == null
                    ? realm.moduleLoader().loadImportedModule(referrer, specifierString)
                    : realm.moduleLoader().loadImportedModuleFromScript(scriptName, specifierString);
            ModuleLinking.loadRequestedModules(realm, module);
        } catch (JsThrow e) {
            call(realm, capability.reject(), e.value());
            return capability.promise();
        }
        // The loading finished: linking and evaluation continue as a reaction to the load promise.
        JsPromise loaded = (JsPromise) Promises.promiseResolve(realm, realm.promiseConstructor(), Undefined.INSTANCE);
        Promises.performPromiseThen(
                realm,
                loaded,
                HostHooks.JobKind.PROMISE_REACTION,
                v -> {
                    continueDynamicImport(realm, module, capability);
                    return Undefined.INSTANCE;
                },
                r -> Undefined.INSTANCE);
        return capability.promise();
    }

    /** ECMA-262 §16.2.1.8 ContinueDynamicImport, after loading: link, evaluate, resolve with the namespace. */
    private static void continueDynamicImport(Realm realm, ModuleRecord module, Promises.Capability capability) {
        JsPromise evaluated;
        try {
            ModuleLinking.link(module);
            evaluated = (JsPromise) ModuleEvaluation.evaluate(realm, module);
        } catch (ModuleLinkError e) {
            call(realm, capability.reject(), e.error());
            return;
        } catch (JsThrow e) {
            call(realm, capability.reject(), e.value());
            return;
        }
        Promises.performPromiseThen(
                realm,
                evaluated,
                HostHooks.JobKind.PROMISE_REACTION,
                v -> {
                    call(realm, capability.resolve(), module.namespace());
                    return Undefined.INSTANCE;
                },
                r -> {
                    call(realm, capability.reject(), r);
                    return Undefined.INSTANCE;
                });
    }

    private static void call(Realm realm, Object function, Object argument) {
        Operations.call(realm, function, Undefined.INSTANCE, new Object[] {argument});
    }
}
