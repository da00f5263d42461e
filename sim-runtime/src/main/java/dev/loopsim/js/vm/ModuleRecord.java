package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One module of a running program: a Source Text Module Record (ECMA-262 §16.2.1.6) with the Cyclic
 * Module Record state that Link and Evaluate keep (§16.2.1.5), or a synthetic module whose exports a host
 * supplies (a Node built-in, already evaluated, or a CommonJS module, evaluated when the graph reaches it).
 */
public final class ModuleRecord {

    /** A synthetic module's evaluation steps: run once, they set its exports with {@link #setExport}. */
    @FunctionalInterface
    public interface EvaluationSteps {
        void evaluate(ModuleRecord module);
    }

    /** ECMA-262 Table 46 [[Status]]. */
    enum Status {
        UNLINKED,
        LINKING,
        LINKED,
        EVALUATING,
        EVALUATING_ASYNC,
        EVALUATED
    }

    /** ResolveExport's answer (ECMA-262 ResolvedBinding Record); {@code slot} −1 stands for NAMESPACE. */
    record Binding(ModuleRecord module, int slot) {
        /** The binding's current value: an importer sees the exporter's slot as it is now. */
        Object read() {
            return slot < 0 ? module.namespace() : module.env.slots[slot];
        }
    }

    /** ResolveExport's "ambiguous" (two star exports provide the name from different bindings). */
    static final Binding AMBIGUOUS = new Binding(null, -2);

    final Realm realm;
    /** The module's URL as Node names it ({@code file:///…}, {@code node:timers}). */
    public final String url;
    /** Null for a synthetic module. */
    final ModuleCode code;

    final Env env;
    /** The body's frame: its prologue runs at link time, the rest at evaluation. */
    final Frame frame;
    /** Synthetic modules: export name → slot. */
    private final Map<String, Integer> syntheticExports;
    /** Synthetic modules evaluated with the graph: what sets their exports; null once run (or never any). */
    private EvaluationSteps evaluationSteps;
    /** ECMA-262 [[LoadedModules]]: specifier → module. */
    final Map<String, ModuleRecord> loadedModules = new HashMap<>();

    Status status;
    int dfsIndex;
    int dfsAncestorIndex;
    ModuleRecord cycleRoot;
    /** ECMA-262 [[AsyncEvaluation]]: 0 for false, else the order in which modules became async. */
    long asyncEvaluationOrder;

    Promises.Capability topLevelCapability;
    final List<ModuleRecord> asyncParentModules = new ArrayList<>();
    int pendingAsyncDependencies;
    /** ECMA-262 [[EvaluationError]]: the thrown value, when {@link #hasEvaluationError}. */
    Object evaluationError;

    boolean hasEvaluationError;
    private JsObject namespace;
    private JsObject importMeta;

    private ModuleRecord(
            Realm realm,
            String url,
            ModuleCode code,
            Map<String, Integer> syntheticExports,
            EvaluationSteps evaluationSteps) {
        this.realm = realm;
        this.url = url;
        this.code = code;
        this.syntheticExports = syntheticExports;
        this.evaluationSteps = evaluationSteps;
        if (code != null) {
            ScriptFunction body = new ScriptFunction(realm, code.template(), null, realm.functionPrototype);
            this.frame = realm.interpreter().moduleFrame(body);
            this.env = frame.env;
            this.status = Status.UNLINKED;
        } else {
            this.frame = null;
            this.env = new Env(null, syntheticExports.size());
            java.util.Arrays.fill(env.slots, dev.loopsim.js.value.Undefined.INSTANCE);
            this.status = evaluationSteps == null ? Status.EVALUATED : Status.UNLINKED;
            this.cycleRoot = this;
        }
    }

    /** ECMA-262 §16.2.1.6.1 ParseModule, after parsing: a module record for a compiled body. */
    public static ModuleRecord sourceText(Realm realm, String url, ModuleCode code, JsObject importMeta) {
        ModuleRecord m = new ModuleRecord(realm, url, code, null, null);
        m.importMeta = importMeta;
        m.env.slots[code.metaSlot()] = importMeta;
        m.env.slots[code.recordSlot()] = m;
        return m;
    }

    /**
     * A synthetic module (as Node makes for a built-in or CommonJS module): the given exports, in this
     * order, already evaluated.
     */
    public static ModuleRecord synthetic(Realm realm, String url, Map<String, Object> exports) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (String name : exports.keySet()) {
            slots.put(name, slots.size());
        }
        ModuleRecord m = new ModuleRecord(realm, url, null, slots, null);
        int i = 0;
        for (Object value : exports.values()) {
            m.env.slots[i++] = value;
        }
        return m;
    }

    /**
     * A synthetic module whose exports are {@code names}, undefined until the graph evaluates it: then
     * {@code steps} run once (Node's CommonJS module seen from {@code import}, whose names come from
     * static analysis and whose values from running it). A throw from the steps is its evaluation error.
     */
    public static ModuleRecord synthetic(Realm realm, String url, List<String> names, EvaluationSteps steps) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (String name : names) {
            slots.putIfAbsent(name, slots.size());
        }
        return new ModuleRecord(realm, url, null, slots, steps);
    }

    /** SetSyntheticModuleExport: a synthetic module's export {@code name} becomes {@code value}. */
    public void setExport(String name, Object value) {
        Integer slot = syntheticExports == null ? null : syntheticExports.get(name);
        if (slot == null) {
            throw new IllegalArgumentException(url + " has no export named " + name);
        }
        env.slots[slot] = value;
    }

    /**
     * A synthetic module's Evaluate (V8 SyntheticModule::Evaluate): the steps run once; a throw becomes
     * the module's evaluation error, thrown again to every later evaluation.
     */
    void evaluateSynthetic() {
        if (status == Status.EVALUATED) {
            if (hasEvaluationError) {
                throw new JsThrow(evaluationError);
            }
            return;
        }
        EvaluationSteps steps = evaluationSteps;
        evaluationSteps = null;
        status = Status.EVALUATED;
        try {
            steps.evaluate(this);
        } catch (JsThrow thrown) {
            hasEvaluationError = true;
            evaluationError = thrown.value();
            throw thrown;
        }
    }

    /**
     * Whether this module or one it imports, directly or not, has top-level await (V8's
     * Module::IsGraphAsync): Node refuses to {@code require()} such a graph. Call after loading.
     */
    public boolean isGraphAsync() {
        Deque<ModuleRecord> pending = new ArrayDeque<>(List.of(this));
        Set<ModuleRecord> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        seen.add(this);
        while (!pending.isEmpty()) {
            ModuleRecord m = pending.poll();
            if (m.hasTopLevelAwait()) {
                return true;
            }
            for (String specifier : m.requestedModules()) {
                ModuleRecord imported = m.importedModule(specifier);
                if (imported != null && seen.add(imported)) {
                    pending.add(imported);
                }
            }
        }
        return false;
    }

    boolean isSynthetic() {
        return code == null;
    }

    boolean hasTopLevelAwait() {
        return code != null && code.hasTopLevelAwait();
    }

    List<String> requestedModules() {
        return code == null ? List.of() : code.requestedModules();
    }

    /** ECMA-262 §16.2.1.9 GetImportedModule: loaded before linking, so always there. */
    ModuleRecord importedModule(String specifier) {
        return loadedModules.get(specifier);
    }

    /** {@code import.meta} of a source text module. */
    public JsObject importMeta() {
        return importMeta;
    }

    // ==== exports =========================================================================================

    /** ECMA-262 §16.2.1.6.2 GetExportedNames. */
    List<String> exportedNames(Set<ModuleRecord> exportStarSet) {
        if (isSynthetic()) {
            return new ArrayList<>(syntheticExports.keySet());
        }
        List<String> names = new ArrayList<>();
        if (!exportStarSet.add(this)) {
            return names; // a cycle of export * reached this module again
        }
        for (ModuleCode.ExportEntry e : code.localExportEntries()) {
            names.add(e.exportName());
        }
        for (ModuleCode.ExportEntry e : code.indirectExportEntries()) {
            names.add(e.exportName());
        }
        for (ModuleCode.ExportEntry e : code.starExportEntries()) {
            for (String n : importedModule(e.moduleRequest()).exportedNames(exportStarSet)) {
                if (!n.equals("default") && !names.contains(n)) {
                    names.add(n);
                }
            }
        }
        return names;
    }

    /** ECMA-262 §16.2.1.6.3 ResolveExport: the binding, null when there is none, or {@link #AMBIGUOUS}. */
    Binding resolveExport(String exportName, List<Map.Entry<ModuleRecord, String>> resolveSet) {
        if (isSynthetic()) {
            Integer slot = syntheticExports.get(exportName);
            return slot == null ? null : new Binding(this, slot);
        }
        for (Map.Entry<ModuleRecord, String> r : resolveSet) {
            if (r.getKey() == this && r.getValue().equals(exportName)) {
                return null; // a circular import request
            }
        }
        resolveSet.add(Map.entry(this, exportName));
        for (ModuleCode.ExportEntry e : code.localExportEntries()) {
            if (e.exportName().equals(exportName)) {
                return new Binding(this, e.slot());
            }
        }
        for (ModuleCode.ExportEntry e : code.indirectExportEntries()) {
            if (e.exportName().equals(exportName)) {
                ModuleRecord imported = importedModule(e.moduleRequest());
                if (e.importName() == null) {
                    return new Binding(imported, -1);
                }
                return imported.resolveExport(e.importName(), resolveSet);
            }
        }
        if (exportName.equals("default")) {
            return null; // export * never provides a default
        }
        Binding starResolution = null;
        for (ModuleCode.ExportEntry e : code.starExportEntries()) {
            Binding resolution = importedModule(e.moduleRequest()).resolveExport(exportName, resolveSet);
            if (resolution == AMBIGUOUS) {
                return AMBIGUOUS;
            }
            if (resolution != null) {
                if (starResolution == null) {
                    starResolution = resolution;
                } else if (!starResolution.equals(resolution)) {
                    return AMBIGUOUS;
                }
            }
        }
        return starResolution;
    }

    Binding resolveExport(String exportName) {
        return resolveExport(exportName, new ArrayList<>());
    }

    /** ECMA-262 §16.2.1.10 GetModuleNamespace: made once, with the unambiguous names sorted. */
    public JsObject namespace() {
        if (namespace == null) {
            Map<String, Binding> bindings = new java.util.TreeMap<>(ModuleRecord::compareCodeUnits);
            for (String name : exportedNames(new java.util.HashSet<>())) {
                Binding b = resolveExport(name);
                if (b != null && b != AMBIGUOUS) {
                    bindings.put(name, b);
                }
            }
            namespace = new ModuleNamespace(realm, bindings);
        }
        return namespace;
    }

    /**
     * A namespace with this module's exports, as live bindings, plus {@code name} bound to a constant
     * {@code value}: what Node's {@code require()} of an ES module with a default export returns
     * ({@code __esModule: true} added).
     */
    public JsObject namespaceWith(String name, Object value) {
        Map<String, Binding> bindings = new java.util.TreeMap<>(ModuleRecord::compareCodeUnits);
        for (String exported : exportedNames(new java.util.HashSet<>())) {
            Binding b = resolveExport(exported);
            if (b != null && b != AMBIGUOUS) {
                bindings.put(exported, b);
            }
        }
        ModuleRecord constant = synthetic(realm, url, Map.of(name, value));
        bindings.putIfAbsent(name, new Binding(constant, 0));
        return new ModuleNamespace(realm, bindings);
    }

    private static int compareCodeUnits(String a, String b) {
        return a.compareTo(b); // String.compareTo orders by UTF-16 code units, as the spec's sort does
    }

    // ==== link and evaluate: the steps that touch this module's own code ==================================

    /** ECMA-262 §16.2.1.6.4 InitializeEnvironment: import bindings, then the prologue (vars, functions). */
    void initializeEnvironment() {
        for (ModuleCode.ExportEntry e : code.indirectExportEntries()) {
            Binding resolution = resolveExport(e.exportName());
            if (resolution == null || resolution == AMBIGUOUS) {
                throw linkError(
                        e.moduleRequest(),
                        e.importName() == null ? e.exportName() : e.importName(),
                        resolution,
                        e.offset());
            }
        }
        for (ModuleCode.ImportEntry in : code.importEntries()) {
            ModuleRecord imported = importedModule(in.moduleRequest());
            if (in.isNamespace()) {
                env.slots[in.slot()] = imported.namespace();
                continue;
            }
            Binding resolution = imported.resolveExport(in.importName());
            if (resolution == null || resolution == AMBIGUOUS) {
                throw linkError(in.moduleRequest(), in.importName(), resolution, in.offset());
            }
            env.slots[in.slot()] = resolution.slot() < 0 ? resolution.module().namespace() : resolution;
        }
        realm.interpreter().resume(frame); // vars and hoisted functions, up to the INITIAL_YIELD
    }

    /** V8's SyntaxError for an import nothing provides, at the name in the import statement. */
    private ModuleLinkError linkError(String request, String name, Binding resolution, int offset) {
        String message = resolution == AMBIGUOUS
                ? "The requested module '" + request + "' contains conflicting star exports for name '" + name + "'"
                : "The requested module '" + request + "' does not provide an export named '" + name + "'";
        if (resolution != AMBIGUOUS) {
            dev.loopsim.js.syntax.Source source = code.template().span.source();
            String line = source.lineText(source.lineOf(offset));
            message = realm.moduleLoader().missingExportMessage(importedModule(request), request, name, line, message);
        }
        return new ModuleLinkError(realm.syntaxError(message).value(), this, offset, name.length());
    }

    /**
     * ECMA-262 §16.2.1.6.5 ExecuteModule: the body after its prologue, to the end; with a capability,
     * as an async function body whose end settles it (a module with top-level await).
     */
    void executeModule(Promises.Capability capability) {
        if (capability == null) {
            realm.interpreter().resume(frame);
        } else {
            AsyncFunctions.startWith(realm, realm.interpreter(), frame, capability);
        }
    }

    @Override
    public String toString() {
        return url;
    }
}
