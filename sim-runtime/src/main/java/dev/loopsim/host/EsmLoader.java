package dev.loopsim.host;

import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Compiler;
import dev.loopsim.js.vm.JsThrow;
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

/**
 * Node's ES module loader as far as a simulation needs it: resolves a specifier against the importing
 * module's URL, reads {@code .mjs} files through the host's file reader (never the real filesystem), and
 * wraps built-in modules as modules whose default export is the CommonJS exports object and whose named
 * exports are its own enumerable properties. Each URL becomes one module record per run.
 */
final class EsmLoader implements ModuleLoader {
    private final NodeHost host;
    private final Realm realm;
    private final ModuleFiles files;
    /** The absolute path of the main script: {@code import()} from a script resolves against it. */
    private final String mainPath;

    private final Map<String, ModuleRecord> byUrl = new HashMap<>();

    EsmLoader(NodeHost host, Realm realm, ModuleFiles files, String mainPath) {
        this.host = host;
        this.realm = realm;
        this.files = files;
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
        if (!path.endsWith(".mjs")) {
            throw new JsThrow(realm.newError(
                    realm.errorPrototype,
                    "loopsim: importing " + specifier
                            + " is not supported yet: only .mjs files and built-in modules can be imported"));
        }
        Program program;
        try {
            program = Parser.parseModule(new Source(url, text.get()));
        } catch (JsSyntaxError e) {
            if (e.isUnsupported()) {
                throw e;
            }
            throw realm.syntaxError(e.getMessage());
        }
        ModuleRecord m = ModuleRecord.sourceText(realm, url, Compiler.compileModule(program), importMeta(path));
        byUrl.put(url, m);
        return m;
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
