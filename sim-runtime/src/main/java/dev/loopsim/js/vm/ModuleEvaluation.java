package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Undefined;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * ECMA-262 §16.2.1.5.3 Evaluate of a linked module graph, with top-level await: dependencies first in
 * depth-first order; a module that awaits (or waits for one that does) runs as an async body, and when it
 * finishes its waiting parents run in the order they became async — the order V8 runs sibling modules in.
 */
public final class ModuleEvaluation {
    private ModuleEvaluation() {}

    /** The realm's counter behind [[AsyncEvaluation]] order: one per realm, kept on the realm's interpreter. */
    private static long nextAsyncOrder(Realm realm) {
        return realm.interpreter().nextAsyncModuleOrder();
    }

    /**
     * Loads, links and evaluates {@code module}: returns the promise of its evaluation. Loading and linking
     * errors throw ({@link JsThrow} from the host, {@link ModuleLinkError}); evaluation errors reject.
     */
    public static JsObject loadLinkAndEvaluate(Realm realm, ModuleRecord module) {
        ModuleLinking.loadRequestedModules(realm, module);
        ModuleLinking.link(module);
        return evaluate(realm, module);
    }

    /**
     * Loads and links {@code module}'s graph without evaluating it (Node's require(esm) looks for top-level
     * await in between). Errors throw as in {@link #loadLinkAndEvaluate}.
     */
    public static void loadAndLink(Realm realm, ModuleRecord module) {
        ModuleLinking.loadRequestedModules(realm, module);
        ModuleLinking.link(module);
    }

    /** ECMA-262 §16.2.1.5.3 Evaluate(): the promise of a linked module's evaluation. */
    public static JsObject evaluate(Realm realm, ModuleRecord module) {
        if ((module.status == ModuleRecord.Status.EVALUATING_ASYNC || module.status == ModuleRecord.Status.EVALUATED)
                && module.cycleRoot != null) {
            module = module.cycleRoot;
        }
        if (module.topLevelCapability != null) {
            return module.topLevelCapability.promise();
        }
        Deque<ModuleRecord> stack = new ArrayDeque<>();
        Promises.Capability capability = Promises.newPromiseCapability(realm, realm.promiseConstructor());
        module.topLevelCapability = capability;
        if (module.isSynthetic()) {
            try {
                module.evaluateSynthetic();
            } catch (JsThrow thrown) {
                call(realm, capability.reject(), thrown.value());
                return capability.promise();
            }
            call(realm, capability.resolve(), Undefined.INSTANCE);
            return capability.promise();
        }
        try {
            innerModuleEvaluation(realm, module, stack, 0);
        } catch (JsThrow thrown) {
            for (ModuleRecord m : stack) {
                m.status = ModuleRecord.Status.EVALUATED;
                m.hasEvaluationError = true;
                m.evaluationError = thrown.value();
            }
            call(realm, capability.reject(), thrown.value());
            return capability.promise();
        }
        if (module.asyncEvaluationOrder == 0) {
            call(realm, capability.resolve(), Undefined.INSTANCE);
        }
        return capability.promise();
    }

    /** ECMA-262 §16.2.1.5.3.1 InnerModuleEvaluation. */
    private static int innerModuleEvaluation(Realm realm, ModuleRecord module, Deque<ModuleRecord> stack, int index) {
        if (module.isSynthetic()) {
            module.evaluateSynthetic(); // V8: a synthetic module evaluates synchronously, in graph order
            return index;
        }
        if (module.status == ModuleRecord.Status.EVALUATING_ASYNC || module.status == ModuleRecord.Status.EVALUATED) {
            if (module.hasEvaluationError) {
                throw new JsThrow(module.evaluationError);
            }
            return index;
        }
        if (module.status == ModuleRecord.Status.EVALUATING) {
            return index;
        }
        module.status = ModuleRecord.Status.EVALUATING;
        module.dfsIndex = index;
        module.dfsAncestorIndex = index;
        module.pendingAsyncDependencies = 0;
        index++;
        stack.push(module);
        for (String required : module.requestedModules()) {
            ModuleRecord requiredModule = module.importedModule(required);
            index = innerModuleEvaluation(realm, requiredModule, stack, index);
            if (requiredModule.status == ModuleRecord.Status.EVALUATING) {
                module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, requiredModule.dfsAncestorIndex);
            } else {
                requiredModule = requiredModule.cycleRoot;
                if (requiredModule.hasEvaluationError) {
                    throw new JsThrow(requiredModule.evaluationError);
                }
            }
            if (requiredModule.asyncEvaluationOrder != 0) {
                module.pendingAsyncDependencies++;
                requiredModule.asyncParentModules.add(module);
            }
        }
        if (module.pendingAsyncDependencies > 0 || module.hasTopLevelAwait()) {
            module.asyncEvaluationOrder = nextAsyncOrder(realm);
            if (module.pendingAsyncDependencies == 0) {
                executeAsyncModule(realm, module);
            }
        } else {
            module.executeModule(null);
        }
        if (module.dfsAncestorIndex == module.dfsIndex) {
            ModuleRecord done;
            do {
                done = stack.pop();
                done.status = done.asyncEvaluationOrder == 0
                        ? ModuleRecord.Status.EVALUATED
                        : ModuleRecord.Status.EVALUATING_ASYNC;
                done.cycleRoot = module;
            } while (done != module);
        }
        return index;
    }

    /** ECMA-262 §16.2.1.5.3.2 ExecuteAsyncModule. */
    private static void executeAsyncModule(Realm realm, ModuleRecord module) {
        Promises.Capability capability = Promises.newPromiseCapability(realm, realm.promiseConstructor());
        Promises.performPromiseThen(
                realm,
                (dev.loopsim.js.value.JsPromise) capability.promise(),
                HostHooks.JobKind.PROMISE_REACTION,
                v -> {
                    asyncModuleExecutionFulfilled(realm, module);
                    return Undefined.INSTANCE;
                },
                error -> {
                    asyncModuleExecutionRejected(realm, module, error);
                    return Undefined.INSTANCE;
                });
        module.executeModule(capability);
    }

    /** ECMA-262 §16.2.1.5.3.3 GatherAvailableAncestors. */
    private static void gatherAvailableAncestors(ModuleRecord module, List<ModuleRecord> execList) {
        for (ModuleRecord m : module.asyncParentModules) {
            if (!execList.contains(m) && !m.cycleRoot.hasEvaluationError) {
                m.pendingAsyncDependencies--;
                if (m.pendingAsyncDependencies == 0) {
                    execList.add(m);
                    if (!m.hasTopLevelAwait()) {
                        gatherAvailableAncestors(m, execList);
                    }
                }
            }
        }
    }

    /** ECMA-262 §16.2.1.5.3.4 AsyncModuleExecutionFulfilled. */
    private static void asyncModuleExecutionFulfilled(Realm realm, ModuleRecord module) {
        if (module.status == ModuleRecord.Status.EVALUATED) {
            return; // an error already ended it
        }
        module.asyncEvaluationOrder = 0; // [[AsyncEvaluation]] done
        module.status = ModuleRecord.Status.EVALUATED;
        if (module.topLevelCapability != null) {
            call(realm, module.topLevelCapability.resolve(), Undefined.INSTANCE);
        }
        List<ModuleRecord> execList = new ArrayList<>();
        gatherAvailableAncestors(module, execList);
        execList.sort(Comparator.comparingLong(m -> m.asyncEvaluationOrder));
        for (ModuleRecord m : execList) {
            if (m.status == ModuleRecord.Status.EVALUATED) {
                continue;
            }
            if (m.hasTopLevelAwait()) {
                executeAsyncModule(realm, m);
                continue;
            }
            try {
                m.executeModule(null);
            } catch (JsThrow thrown) {
                asyncModuleExecutionRejected(realm, m, thrown.value());
                continue;
            }
            m.asyncEvaluationOrder = 0;
            m.status = ModuleRecord.Status.EVALUATED;
            if (m.topLevelCapability != null) {
                call(realm, m.topLevelCapability.resolve(), Undefined.INSTANCE);
            }
        }
    }

    /** ECMA-262 §16.2.1.5.3.5 AsyncModuleExecutionRejected. */
    private static void asyncModuleExecutionRejected(Realm realm, ModuleRecord module, Object error) {
        if (module.status == ModuleRecord.Status.EVALUATED) {
            return;
        }
        module.hasEvaluationError = true;
        module.evaluationError = error;
        module.status = ModuleRecord.Status.EVALUATED;
        for (ModuleRecord m : module.asyncParentModules) {
            asyncModuleExecutionRejected(realm, m, error);
        }
        if (module.topLevelCapability != null) {
            call(realm, module.topLevelCapability.reject(), error);
        }
    }

    private static void call(Realm realm, Object function, Object argument) {
        Operations.call(realm, function, Undefined.INSTANCE, new Object[] {argument});
    }
}
