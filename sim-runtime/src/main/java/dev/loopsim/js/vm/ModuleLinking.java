package dev.loopsim.js.vm;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Loading and linking a module graph: every requested module loaded through the host, then ECMA-262
 * §16.2.1.5.1 Link, which gives each module its environment and resolves every import to the exporting
 * module's binding, in depth-first order with Tarjan's bookkeeping for cycles.
 */
final class ModuleLinking {
    private ModuleLinking() {}

    /**
     * ECMA-262 §16.2.1.5.1 LoadRequestedModules, synchronously: the host loads each requested module of
     * each module in the graph once.
     */
    static void loadRequestedModules(Realm realm, ModuleRecord root) {
        Deque<ModuleRecord> pending = new ArrayDeque<>();
        java.util.Set<ModuleRecord> visited = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        pending.add(root);
        visited.add(root);
        while (!pending.isEmpty()) {
            ModuleRecord m = pending.poll();
            for (String specifier : m.requestedModules()) {
                ModuleRecord loaded = m.loadedModules.get(specifier);
                if (loaded == null) {
                    loaded = realm.moduleLoader().loadImportedModule(m, specifier);
                    m.loadedModules.put(specifier, loaded);
                }
                if (visited.add(loaded)) {
                    pending.add(loaded);
                }
            }
        }
    }

    /** ECMA-262 §16.2.1.5.1 Link(). */
    static void link(ModuleRecord module) {
        Deque<ModuleRecord> stack = new ArrayDeque<>();
        try {
            innerModuleLinking(module, stack, 0);
        } catch (RuntimeException e) {
            for (ModuleRecord m : stack) {
                m.status = ModuleRecord.Status.UNLINKED;
            }
            throw e;
        }
    }

    /** ECMA-262 §16.2.1.5.1.1 InnerModuleLinking. */
    private static int innerModuleLinking(ModuleRecord module, Deque<ModuleRecord> stack, int index) {
        if (module.status != ModuleRecord.Status.UNLINKED) {
            return index; // linking, linked, evaluating-async or evaluated (as a built-in is from the start)
        }
        if (module.isSynthetic()) {
            module.status = ModuleRecord.Status.LINKED; // its exports exist already; the steps run at evaluation
            return index;
        }
        module.status = ModuleRecord.Status.LINKING;
        module.dfsIndex = index;
        module.dfsAncestorIndex = index;
        index++;
        stack.push(module);
        for (String required : module.requestedModules()) {
            ModuleRecord requiredModule = module.importedModule(required);
            index = innerModuleLinking(requiredModule, stack, index);
            if (requiredModule.status == ModuleRecord.Status.LINKING) {
                module.dfsAncestorIndex = Math.min(module.dfsAncestorIndex, requiredModule.dfsAncestorIndex);
            }
        }
        module.initializeEnvironment();
        if (module.dfsAncestorIndex == module.dfsIndex) {
            ModuleRecord done;
            do {
                done = stack.pop();
                done.status = ModuleRecord.Status.LINKED;
            } while (done != module);
        }
        return index;
    }
}
