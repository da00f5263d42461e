package dev.loopsim.host;

import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Compiler;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.ModuleEvaluation;
import dev.loopsim.js.vm.ModuleLinkError;
import dev.loopsim.js.vm.ModuleLoader;
import dev.loopsim.js.vm.ModuleRecord;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node's ES module loader as far as a simulation needs it: resolves a specifier against the importing
 * module's URL, reads files through the host's file reader (never the real filesystem), and makes each
 * URL one module record per run: an ES module (by {@link ModuleFormat}), a CommonJS module (Node's
 * commonjs translator: named exports by static analysis, evaluated by the CommonJS loader when the graph
 * reaches it), or a built-in, whose default export is its exports object and whose named exports are its
 * own enumerable properties. It also loads an ES module graph for {@code require()} (require(esm)).
 */
final class EsmLoader implements ModuleLoader {
    private final NodeHost host;
    private final Realm realm;
    private final ModuleFiles files;
    private final CommonJsLoader commonJs;
    /** The absolute path of the main script: {@code import()} from a script resolves against it. */
    private final String mainPath;

    private final Map<String, ModuleRecord> byUrl = new HashMap<>();

    EsmLoader(NodeHost host, Realm realm, ModuleFiles files, CommonJsLoader commonJs, String mainPath) {
        this.host = host;
        this.realm = realm;
        this.files = files;
        this.commonJs = commonJs;
        this.mainPath = mainPath;
    }

    /** {@code file://} and the absolute path (Node's pathToFileURL, for the paths scenarios use). */
    static String fileUrl(String absolutePath) {
        return "file://" + absolutePath;
    }

    /** The main module, from its already parsed program (whose source is renamed to the file URL). */
    ModuleRecord main(Program program) {
        String url = fileUrl(mainPath);
        Program renamed = program;
        if (!program.span().source().name().equals(url)) {
            renamed = Parser.parseModule(new Source(url, program.span().source().text()));
        }
        ModuleRecord m = ModuleRecord.sourceText(realm, url, Compiler.compileModule(renamed), importMeta(mainPath));
        byUrl.put(url, m);
        return m;
    }

    @Override
    public ModuleRecord loadImportedModule(ModuleRecord referrer, String specifier) {
        String referrerPath = referrer == null || !referrer.url.startsWith("file://")
                ? mainPath
                : referrer.url.substring("file://".length());
        return load(referrerPath, specifier);
    }

    /** {@code import()} in a CommonJS module resolves against that module's file. */
    @Override
    public ModuleRecord loadImportedModuleFromScript(String scriptName, String specifier) {
        return load(scriptName.startsWith("/") ? scriptName : mainPath, specifier);
    }

    /** The module {@code specifier} names, imported from the file at {@code referrerPath}. */
    private ModuleRecord load(String referrerPath, String specifier) {
        String builtin = NodeHost.builtinName(specifier);
        if (builtin != null) {
            Object exports = host.requireBuiltin(specifier);
            if (exports != null) {
                return byUrl.computeIfAbsent("node:" + builtin, url -> builtinModule(url, exports));
            }
        }
        if (!isPathLike(specifier)) {
            String name = specifier.startsWith("node:") ? specifier : packageName(specifier);
            throw notFound(
                    specifier.startsWith("node:")
                            ? "No such built-in module: " + specifier
                            : "Cannot find package '" + name + "' imported from " + referrerPath,
                    specifier.startsWith("node:") ? "ERR_UNKNOWN_BUILTIN_MODULE" : "ERR_MODULE_NOT_FOUND",
                    null);
        }
        String path = resolvePath(referrerPath, specifier);
        String url = fileUrl(path);
        ModuleRecord cached = byUrl.get(url);
        if (cached != null) {
            return cached;
        }
        Optional<String> text = files.read(path);
        if (text.isEmpty()) {
            throw notFound(
                    "Cannot find module '" + path + "' imported from " + referrerPath, "ERR_MODULE_NOT_FOUND", url);
        }
        ModuleRecord m =
                switch (ModuleFormat.of(realm, files, path, text.get())) {
                    case MODULE -> sourceTextModule(path, url, text.get());
                    case COMMONJS -> commonJsModule(path, url, text.get());
                    case JSON ->
                        throw nodeTypeError(
                                "Module \"" + url + "\" needs an import attribute of type \"json\"",
                                "ERR_IMPORT_ASSERTION_TYPE_MISSING");
                    case UNKNOWN ->
                        throw nodeTypeError(
                                "Unknown file extension \"" + ModulePaths.extname(path) + "\" for " + path,
                                "ERR_UNKNOWN_FILE_EXTENSION");
                };
        byUrl.put(url, m);
        return m;
    }

    private ModuleRecord sourceTextModule(String path, String url, String text) {
        Program program;
        try {
            program = Parser.parseModule(new Source(url, text));
        } catch (JsSyntaxError e) {
            if (e.isUnsupported()) {
                throw e;
            }
            throw realm.syntaxError(e.getMessage());
        }
        return ModuleRecord.sourceText(realm, url, Compiler.compileModule(program), importMeta(path));
    }

    /**
     * translators.js, the commonjs translator: the exports are {@code default} and the names static
     * analysis finds; evaluating the module runs it with the CommonJS loader (or takes it from
     * {@code require.cache}), then {@code default} is {@code module.exports} and each name that is an
     * own property of it takes its value.
     */
    private ModuleRecord commonJsModule(String path, String url, String text) {
        List<String> names = commonJs.exportNamesForImport(path, text);
        return ModuleRecord.synthetic(realm, url, names, module -> {
            Object exports = commonJs.loadForImport(path);
            for (String name : names) {
                if (name.equals("default") || !(exports instanceof JsObject object)) {
                    continue;
                }
                if (object.getOwnProperty(name) != null) {
                    Object value;
                    try {
                        value = object.get(name);
                    } catch (JsThrow getterThrew) {
                        value = Undefined.INSTANCE;
                    }
                    module.setExport(name, value);
                }
            }
            module.setExport("default", exports);
        });
    }

    /**
     * module_job.js ModuleJob._instantiate: an import that a CommonJS module does not provide gets
     * Node's advice to import the default export and destructure it.
     */
    @Override
    public String missingExportMessage(
            ModuleRecord imported, String request, String name, String importLine, String v8Message) {
        if (imported == null || !imported.url.startsWith("file://") || !isCommonJs(imported)) {
            return v8Message;
        }
        Matcher braces = Pattern.compile("\\{.*}").matcher(importLine);
        String destructuring = braces.find() ? braces.group().replaceAll("\\s+as\\s+", ": ") : null;
        return "Named export '" + name + "' not found. The requested module '" + request
                + "' is a CommonJS module, which may not support all module.exports as named exports."
                + "\nCommonJS modules can always be imported via the default export, for example using:"
                + "\n\nimport pkg from '" + request + "';\n"
                + (destructuring != null ? "const " + destructuring + " = pkg;\n" : "");
    }

    private boolean isCommonJs(ModuleRecord module) {
        String path = module.url.substring("file://".length());
        return files.read(path)
                .map(text -> ModuleFormat.of(realm, files, path, text) == ModuleFormat.COMMONJS)
                .orElse(false);
    }

    /**
     * loadESMFromCJS (Node v20.20's require(esm)): the ES module at {@code path} and its graph loaded,
     * linked and evaluated synchronously, refused with ERR_REQUIRE_ASYNC_MODULE (before anything runs)
     * when the graph has top-level await. Returns the namespace; an {@code export … as 'module.exports'}
     * instead; a namespace with a default export gains {@code __esModule: true}.
     */
    Object requireModule(String path, String parentPath) {
        String url = fileUrl(path);
        ModuleRecord module = byUrl.get(url);
        if (module == null) {
            module = sourceTextModule(path, url, files.read(path).orElseThrow());
            byUrl.put(url, module);
        }
        try {
            ModuleEvaluation.loadAndLink(realm, module);
        } catch (ModuleLinkError e) {
            throw new JsThrow(e.error());
        }
        if (module.isGraphAsync()) {
            String message = "require() cannot be used on an ESM graph with top-level await. Use import() instead."
                    + " To see where the top-level await comes from, use --experimental-print-required-tla."
                    + "\n  From " + (parentPath != null ? parentPath : "undefined") + " \n  Requiring " + path + " ";
            throw nodeError(message, "ERR_REQUIRE_ASYNC_MODULE");
        }
        JsPromise evaluated = (JsPromise) ModuleEvaluation.evaluate(realm, module);
        if (evaluated.state == JsPromise.State.REJECTED) {
            evaluated.isHandled = true;
            realm.hooks().promiseRejectionTracker(evaluated, true); // thrown to the caller instead
            throw new JsThrow(evaluated.result);
        }
        JsObject namespace = module.namespace();
        if (namespace.getOwnProperty("module.exports") != null) {
            return namespace.get("module.exports");
        }
        if (namespace.getOwnProperty("default") != null && namespace.getOwnProperty("__esModule") == null) {
            return module.namespaceWith("__esModule", true);
        }
        return namespace;
    }

    /** A built-in module: default is the exports object, the names are its own enumerable properties. */
    private ModuleRecord builtinModule(String url, Object exports) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("default", exports);
        if (exports instanceof JsObject object) {
            for (Object key : object.ownPropertyKeys()) {
                Property p = object.getOwnProperty(key);
                if (key instanceof String name && p != null && p.enumerable() && !name.equals("default")) {
                    named.put(name, object.get(name));
                }
            }
        }
        return ModuleRecord.synthetic(realm, url, named);
    }

    /** import.meta as Node v20 makes it: dirname, filename, resolve, url, on a null prototype. */
    private JsObject importMeta(String path) {
        JsObject meta = new JsObject(null);
        meta.defineOwn("dirname", directoryOf(path), Property.DEFAULT);
        meta.defineOwn("filename", path, Property.DEFAULT);
        meta.defineOwn(
                "resolve",
                realm.function("resolve", 1, (t, a, n) -> {
                    String specifier = Operations.toString(realm, a.length > 0 ? a[0] : Undefined.INSTANCE);
                    String builtin = NodeHost.builtinName(specifier);
                    if (builtin != null && host.requireBuiltin(specifier) != null) {
                        return "node:" + builtin;
                    }
                    return fileUrl(resolvePath(path, specifier));
                }),
                Property.DEFAULT);
        meta.defineOwn("url", fileUrl(path), Property.DEFAULT);
        return meta;
    }

    /** An Error with Node's {@code code} and the stack's first line {@code Error [CODE]: message}. */
    private JsThrow nodeError(String message, String code) {
        return withCode(realm.newError(realm.errorPrototype, message), "Error", code);
    }

    private JsThrow nodeTypeError(String message, String code) {
        return withCode(realm.newError(realm.typeErrorPrototype, message), "TypeError", code);
    }

    /** Node's internal errors: a {@code code} property, and the stack reads {@code Name [CODE]: message}. */
    private static JsThrow withCode(JsObject error, String name, String code) {
        error.defineOwn("code", code, Property.DEFAULT);
        if (error.get("stack") instanceof String stack && stack.startsWith(name + ":")) {
            error.defineOwn("stack", name + " [" + code + "]" + stack.substring(name.length()), Property.HIDDEN);
        }
        return new JsThrow(error);
    }

    private JsThrow notFound(String message, String code, String url) {
        JsObject error = realm.newError(realm.errorPrototype, message);
        error.defineOwn("code", code, Property.DEFAULT);
        if (url != null) {
            error.defineOwn("url", url, Property.DEFAULT);
        }
        error.defineOwn("stack", "Error [" + code + "]: " + message, Property.HIDDEN);
        return new JsThrow(error);
    }

    private static boolean isPathLike(String specifier) {
        return specifier.startsWith("./")
                || specifier.startsWith("../")
                || specifier.startsWith("/")
                || specifier.startsWith("file://")
                || specifier.equals(".")
                || specifier.equals("..");
    }

    private static String packageName(String specifier) {
        String[] parts = specifier.split("/");
        return specifier.startsWith("@") && parts.length > 1 ? parts[0] + "/" + parts[1] : parts[0];
    }

    static String directoryOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }

    /** URL resolution of a relative specifier against the referrer's path, dot segments removed. */
    static String resolvePath(String referrerPath, String specifier) {
        String s = specifier.startsWith("file://") ? specifier.substring("file://".length()) : specifier;
        String joined = s.startsWith("/") ? s : directoryOf(referrerPath) + "/" + s;
        List<String> segments = new ArrayList<>();
        for (String segment : joined.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
            } else {
                segments.add(segment);
            }
        }
        return "/" + String.join("/", segments);
    }
}
