package dev.loopsim.js.vm;

/**
 * The host's part of module loading (ECMA-262 §16.2.1.8 HostLoadImportedModule): turns a specifier
 * into a module record, each module once per realm. Loading is synchronous here: the host already holds
 * the files, and nothing the program can observe runs while a module graph loads.
 */
public interface ModuleLoader {

    /**
     * The module {@code specifier} names, seen from {@code referrer} (null: from a script, such as a
     * CommonJS main module calling {@code import()}); throws the host's error as a {@link JsThrow} when
     * there is no such module or it does not parse.
     */
    ModuleRecord loadImportedModule(ModuleRecord referrer, String specifier);

    /**
     * The same for {@code import()} in a script (a CommonJS module) named {@code scriptName}, its
     * absolute path when it has one; by default as from no module at all.
     */
    default ModuleRecord loadImportedModuleFromScript(String scriptName, String specifier) {
        return loadImportedModule(null, specifier);
    }

    /**
     * The message of the SyntaxError raised when {@code imported} (requested as {@code request} on the
     * source line {@code importLine}) provides no export {@code name}: V8's {@code v8Message} unless the
     * host words it its own way (Node does for a CommonJS module).
     */
    default String missingExportMessage(
            ModuleRecord imported, String request, String name, String importLine, String v8Message) {
        return v8Message;
    }
}
