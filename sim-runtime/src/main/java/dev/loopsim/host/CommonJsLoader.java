package dev.loopsim.host;

import dev.loopsim.js.syntax.CommonJsExports;
import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Engine;
import dev.loopsim.js.vm.FunctionTemplate;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Node's CommonJS loader (lib/internal/modules/cjs/loader.js): every file runs in the module wrapper
 * {@code (exports, require, module, __filename, __dirname)}, is resolved against the requiring file,
 * evaluated once and cached in {@code require.cache}; built-in modules come from {@link BuiltinModules}.
 */
final class CommonJsLoader {
    /** The module wrapper's parameters (Module.wrapper). */
    static final List<String> WRAPPER_PARAMETERS = List.of("exports", "require", "module", "__filename", "__dirname");

    private final Realm realm;
    private final ModuleFiles files;
    private final BuiltinModules builtins;
    /** Module._cache, which scripts see as require.cache: filename → module. */
    private final JsObject cache;

    private final JsObject extensions;
    private final JsObject modulePrototype;
    private NodeModule mainModule;
    /** The ES module loader, for require() of an ES module; set once the host has made it. */
    private EsmLoader esmLoader;

    /** A Module object: what {@code module} is inside a file, with the parent that first required it. */
    static final class NodeModule extends JsObject {
        final NodeModule parent;
        final String filename;

        NodeModule(JsObject prototype, NodeModule parent, String filename) {
            super(prototype);
            this.parent = parent;
            this.filename = filename;
        }

        @Override
        public String className() {
            return "Module";
        }
    }

    CommonJsLoader(Realm realm, ModuleFiles files, BuiltinModules builtins) {
        this.realm = realm;
        this.files = files;
        this.builtins = builtins;
        this.cache = new JsObject(null);
        this.extensions = new JsObject(null);
        for (String extension : new String[] {".js", ".json", ".node"}) {
            extensions.set(extension, realm.function("", 2, (t, a, n) -> Undefined.INSTANCE));
        }
        this.modulePrototype = realm.newObject();
        JsFunction moduleConstructor = new NativeFunction(realm.functionPrototype, "Module", 0, true, (t, a, n) -> {
            throw realm.typeError("loopsim: new Module() is not supported");
        });
        moduleConstructor.defineOwn("prototype", modulePrototype, 0);
        realm.method(modulePrototype, "require", 1, (t, a, n) -> {
            if (!(t instanceof NodeModule module)) {
                throw realm.typeError("Module.prototype.require called on a non-module");
            }
            return require(module, a.length > 0 ? a[0] : Undefined.INSTANCE);
        });
        modulePrototype.defineOwn("constructor", moduleConstructor, Property.HIDDEN);
        // module.parent (deprecated in Node, still there): the first requirer; null for the main module.
        modulePrototype.defineAccessor(
                "parent",
                realm.function("get parent", 0, (t, a, n) -> {
                    if (t instanceof NodeModule module) {
                        return module.parent != null ? module.parent : JsNull.INSTANCE;
                    }
                    return Undefined.INSTANCE;
                }),
                null,
                Property.CONFIGURABLE);
    }

    /** The ES module loader that {@code require()} of an ES module goes through. */
    void useEsmLoader(EsmLoader loader) {
        this.esmLoader = loader;
    }

    /** Module.runMain: runs the already parsed main script as the module with id '.'. */
    void runMain(String filename, Program program) {
        mainModule = newModule(null, filename, ".");
        cache.set(filename, mainModule);
        evaluate(mainModule, program);
    }

    /** Module._load for {@code require(id)} inside {@code parent}: a built-in, a cached module, or a new one. */
    Object require(NodeModule parent, Object id) {
        String request = validateRequest(id);
        Object builtin = builtins.requireBuiltin(request);
        if (builtin != null) {
            return builtin;
        }
        if (request.startsWith("node:") || BuiltinModules.isNodeBuiltinName(request)) {
            throw unknownBuiltin(request);
        }
        String filename = resolveFilename(request, parent);
        if (cache.get(filename) instanceof NodeModule cached) {
            addChild(parent, cached);
            return cached.get("exports");
        }
        NodeModule module = newModule(parent, filename, filename);
        return loadCached(module, filename, parent);
    }

    /** Module._load's tail: cache the module, list it as the parent's child, load it; its exports. */
    private Object loadCached(NodeModule module, String filename, NodeModule parent) {
        cache.set(filename, module);
        if (parent != null) {
            addChild(parent, module);
        }
        boolean threw = true;
        try {
            load(module);
            threw = false;
        } finally {
            if (threw) {
                cache.delete(filename); // a module that failed to load is loaded afresh next time
            }
        }
        return module.get("exports");
    }

    /**
     * The commonjs translator's evaluation (translators.js): the module at {@code filename} as the ES
     * module loader loads it, with no parent: the cached one if it was required before, else loaded now.
     */
    Object loadForImport(String filename) {
        if (cache.get(filename) instanceof NodeModule cached) {
            return cached.get("exports");
        }
        return loadCached(newModule(null, filename, filename), filename, null);
    }

    /**
     * translators.js cjsPreparseModuleExports: {@code default}, then the names static analysis finds in
     * {@code text} ({@link CommonJsExports}), then those of each reexported file that resolves to a
     * {@code .js} or {@code .cjs} file, recursively.
     */
    List<String> exportNamesForImport(String filename, String text) {
        Set<String> names = new LinkedHashSet<>();
        names.add("default");
        preparseExports(filename, text, names, new HashSet<>());
        return List.copyOf(names);
    }

    private void preparseExports(String filename, String text, Set<String> names, Set<String> visited) {
        if (!visited.add(filename)) {
            return;
        }
        CommonJsExports.Detected detected = CommonJsExports.detect(stripBom(text));
        names.addAll(detected.exports());
        NodeModule from = newModule(null, filename, filename);
        for (String reexport : detected.reexports()) {
            String resolved;
            try {
                if (builtins.requireBuiltin(reexport) != null) {
                    continue;
                }
                resolved = resolveFilename(reexport, from);
            } catch (JsThrow notFound) {
                continue;
            }
            String extension = ModulePaths.extname(resolved);
            if (extension.equals(".js")
                    || extension.equals(".cjs")
                    || !List.of(".json", ".node").contains(extension)) {
                Optional<String> source = files.read(resolved);
                if (source.isPresent()) {
                    preparseExports(resolved, source.get(), names, visited);
                }
            }
        }
    }

    private String validateRequest(Object id) {
        if (!(id instanceof String request)) {
            throw dev.loopsim.js.builtins.NodeErrors.invalidArgType(realm, "id", "string", id);
        }
        if (request.isEmpty()) {
            JsThrow t = realm.typeError("The argument 'id' must be a non-empty string. Received ''");
            ((JsObject) t.value()).defineOwn("code", "ERR_INVALID_ARG_VALUE", Property.DEFAULT);
            throw t;
        }
        return request;
    }

    private NodeModule newModule(NodeModule parent, String filename, String id) {
        NodeModule module = new NodeModule(modulePrototype, parent, filename);
        String directory = ModulePaths.dirname(filename);
        module.set("id", id);
        module.set("path", directory);
        module.set("exports", realm.newObject());
        module.set("filename", filename);
        module.set("loaded", false);
        module.set("children", realm.newArray(List.of()));
        module.set("paths", realm.newArray(List.copyOf(ModulePaths.nodeModulePaths(directory))));
        return module;
    }

    private static void addChild(NodeModule parent, NodeModule child) {
        JsObject children = (JsObject) parent.get("children");
        if (child == parent || child.parent != parent) {
            return; // Module.updateChildren: only the first requirer lists it
        }
        int length = (int) (double) (Double) children.get("length");
        for (int i = 0; i < length; i++) {
            if (children.get(String.valueOf(i)) == child) {
                return;
            }
        }
        children.set(String.valueOf(length), child);
    }

    // ---- loading -----------------------------------------------------------------------------------

    /**
     * Module.prototype.load: JSON parsed into exports, an ES module (.mjs, or .js by package type or
     * syntax detection) loaded synchronously by the ES module loader, everything else run as CommonJS.
     */
    private void load(NodeModule module) {
        String filename = module.filename;
        String text = files.read(filename).orElseThrow();
        ModuleFormat format = ModuleFormat.of(realm, files, filename, stripBom(text));
        if (format == ModuleFormat.JSON) {
            module.set("exports", parseJson(filename, stripBom(text)));
        } else if (format == ModuleFormat.MODULE) {
            module.set(
                    "exports",
                    esmLoader.requireModule(filename, module.parent == null ? null : module.parent.filename));
        } else {
            Program program;
            try {
                program = Parser.parseScript(new Source(filename, stripBom(text)));
            } catch (JsSyntaxError e) {
                throw syntaxError(e);
            }
            evaluate(module, program);
            return;
        }
        module.set("loaded", true);
    }

    /** Module.prototype._compile: the wrapper function called with this = module.exports. */
    private void evaluate(NodeModule module, Program program) {
        FunctionTemplate wrapper = Engine.compileFunction(program, WRAPPER_PARAMETERS);
        Object exports = module.get("exports");
        String filename = module.filename;
        realm.interpreter().runScript(wrapper, exports, new Object[] {
            exports, makeRequire(module), module, filename, ModulePaths.dirname(filename)
        });
        module.set("loaded", true);
    }

    /** makeRequireFunction: require bound to its module, with resolve, main, extensions and cache. */
    private JsFunction makeRequire(NodeModule module) {
        JsFunction require =
                realm.function("require", 1, (t, a, n) -> require(module, a.length > 0 ? a[0] : Undefined.INSTANCE));
        JsFunction resolve = realm.function("resolve", 2, (t, a, n) -> {
            String request = validateRequest(a.length > 0 ? a[0] : Undefined.INSTANCE);
            if (builtins.requireBuiltin(request) != null) {
                return request;
            }
            return resolveFilename(request, module);
        });
        realm.method(resolve, "paths", 1, (t, a, n) -> {
            String request = validateRequest(a.length > 0 ? a[0] : Undefined.INSTANCE);
            if (builtins.requireBuiltin(request) != null) {
                return JsNull.INSTANCE;
            }
            List<String> paths = request.startsWith("./") || request.startsWith("../")
                    ? List.of(module.get("path").toString())
                    : ModulePaths.nodeModulePaths(module.get("path").toString());
            return realm.newArray(List.copyOf(paths));
        });
        require.set("resolve", resolve);
        require.set("main", mainModule == null ? Undefined.INSTANCE : mainModule);
        require.set("extensions", extensions);
        require.set("cache", cache);
        return require;
    }

    private Object parseJson(String filename, String text) {
        JsFunction parse = (JsFunction) ((JsObject) realm.globalObject.get("JSON")).get("parse");
        try {
            return parse.call(Undefined.INSTANCE, new Object[] {text});
        } catch (JsThrow e) {
            if (e.value() instanceof JsError error && error.get("message") instanceof String message) {
                error.set("message", filename + ": " + message);
            }
            throw e;
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // ---- resolution --------------------------------------------------------------------------------

    /** Module._resolveFilename: a path relative to the requiring file, an absolute one, or node_modules. */
    String resolveFilename(String request, NodeModule parent) {
        String base = parent.get("path").toString();
        boolean relative = request.equals(".")
                || request.equals("..")
                || request.startsWith("./")
                || request.startsWith("../")
                || request.startsWith("/");
        List<String> candidates = relative
                ? List.of(ModulePaths.resolve(base, request))
                : ModulePaths.nodeModulePaths(base).stream()
                        .map(dir -> dir + "/" + request)
                        .toList();
        boolean trailingSlash = request.endsWith("/") || request.equals(".") || request.equals("..");
        for (String candidate : candidates) {
            Optional<String> found = findPath(ModulePaths.normalize(candidate), trailingSlash);
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw moduleNotFound(request, parent);
    }

    /** Module._findPath for one candidate: the file, the file with an extension, then the directory. */
    private Optional<String> findPath(String path, boolean directoryOnly) {
        if (!directoryOnly) {
            if (isFile(path)) {
                return Optional.of(path);
            }
            Optional<String> withExtension = tryExtensions(path);
            if (withExtension.isPresent()) {
                return withExtension;
            }
        }
        return tryPackage(path);
    }

    /** tryPackage: package.json's main (as a file, with extensions, or its index), else index.js/json. */
    private Optional<String> tryPackage(String directory) {
        Optional<String> json = files.read(directory + "/package.json");
        if (json.isPresent()) {
            Object parsed;
            try {
                parsed = parseJson(directory + "/package.json", json.get());
            } catch (JsThrow e) {
                parsed = Undefined.INSTANCE;
            }
            if (parsed instanceof JsObject pkg && pkg.get("main") instanceof String main && !main.isEmpty()) {
                String target = ModulePaths.resolve(directory, main);
                if (isFile(target)) {
                    return Optional.of(target);
                }
                Optional<String> found = tryExtensions(target).or(() -> tryExtensions(target + "/index"));
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return tryExtensions(directory + "/index");
    }

    private Optional<String> tryExtensions(String path) {
        for (String extension : new String[] {".js", ".json"}) {
            if (isFile(path + extension)) {
                return Optional.of(path + extension);
            }
        }
        return Optional.empty();
    }

    private boolean isFile(String path) {
        return files.read(path).isPresent();
    }

    // ---- errors ------------------------------------------------------------------------------------

    /** Cannot find module 'x' with the require stack, code MODULE_NOT_FOUND and requireStack. */
    private JsThrow moduleNotFound(String request, NodeModule parent) {
        List<String> stack = new ArrayList<>();
        for (NodeModule m = parent; m != null; m = m.parent) {
            stack.add(m.filename);
        }
        StringBuilder message = new StringBuilder("Cannot find module '" + request + "'");
        if (!stack.isEmpty()) {
            message.append("\nRequire stack:");
            stack.forEach(file -> message.append("\n- ").append(file));
        }
        JsError error = realm.newError(realm.errorPrototype, message.toString());
        error.set("code", "MODULE_NOT_FOUND");
        error.set("requireStack", realm.newArray(List.copyOf(stack)));
        return new JsThrow(error);
    }

    /** ERR_UNKNOWN_BUILTIN_MODULE for a {@code node:} name (or a Node built-in) loopsim does not provide. */
    private JsThrow unknownBuiltin(String request) {
        String message = request.startsWith("node:")
                ? "No such built-in module: " + request
                : "loopsim does not simulate the built-in module '" + request + "' yet";
        JsError error = realm.newError(realm.errorPrototype, message);
        error.defineOwn("code", "ERR_UNKNOWN_BUILTIN_MODULE", Property.DEFAULT);
        return new JsThrow(error);
    }

    /** A syntax error in a required file: a SyntaxError placed at the offending token, as V8 reports it. */
    private JsThrow syntaxError(JsSyntaxError e) {
        JsError error = realm.newError(realm.syntaxErrorPrototype, e.getMessage());
        return JsThrow.at(error, e.span().source(), e.span().start());
    }
}
