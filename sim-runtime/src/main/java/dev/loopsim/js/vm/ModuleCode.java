package dev.loopsim.js.vm;

import java.util.List;

/**
 * A compiled module body with the facts ECMA-262 §16.2.1.6.1 ParseModule collects: the modules it
 * requests, its import entries and its export entries, each bound name resolved to its slot in the module
 * environment. Immutable, so one compilation serves every run of a scenario.
 *
 * @param template the body: its prologue (vars, hoisted functions) ends at an INITIAL_YIELD, so that
 *     InitializeEnvironment and ExecuteModule are two runs of the same frame
 * @param hasTopLevelAwait ECMA-262 [[HasTLA]]: the body awaits outside any function
 * @param metaSlot the hidden slot that holds {@code import.meta}
 * @param recordSlot the hidden slot that holds the module's own record (the referrer of {@code import()})
 */
public record ModuleCode(
        FunctionTemplate template,
        boolean hasTopLevelAwait,
        List<String> requestedModules,
        List<ImportEntry> importEntries,
        List<ExportEntry> localExportEntries,
        List<ExportEntry> indirectExportEntries,
        List<ExportEntry> starExportEntries,
        int metaSlot,
        int recordSlot) {

    /** An ImportEntry Record (ECMA-262 Table 61); {@code importName} null for {@code import * as ns}. */
    public record ImportEntry(String moduleRequest, String importName, String localName, int slot, int offset) {
        boolean isNamespace() {
            return importName == null;
        }
    }

    /**
     * An ExportEntry Record (ECMA-262 Table 63). Local: {@code slot} of {@code localName}. Indirect:
     * {@code importName} from {@code moduleRequest}, null for {@code export * as ns}. Star: only
     * {@code moduleRequest}.
     */
    public record ExportEntry(
            String exportName, String moduleRequest, String importName, String localName, int slot, int offset) {}
}
