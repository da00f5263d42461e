package dev.loopsim.host;

import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Realm;
import java.util.Optional;

/**
 * What kind of module a file is, as Node v20.20 decides it for {@code import} and {@code require}
 * (lib/internal/modules/esm/get_format.js): {@code .mjs} is an ES module, {@code .cjs} CommonJS,
 * {@code .json} JSON; a {@code .js} (or extensionless) file follows the {@code "type"} of the nearest
 * {@code package.json}, and without one it is CommonJS unless it only parses as a module (syntax
 * detection, on by default since v20.19).
 */
enum ModuleFormat {
    COMMONJS,
    MODULE,
    JSON,
    /** An extension Node cannot load: ERR_UNKNOWN_FILE_EXTENSION. */
    UNKNOWN;

    /** The package scope's answer for a .js file: the nearest package.json and its "type". */
    record PackageType(String packageJsonPath, String type) {}

    /** The format of the file at {@code path} holding {@code text}. */
    static ModuleFormat of(Realm realm, ModuleFiles files, String path, String text) {
        return switch (ModulePaths.extname(path)) {
            case ".mjs" -> MODULE;
            case ".cjs" -> COMMONJS;
            case ".json" -> JSON;
            case ".js", "" -> {
                PackageType scope = packageType(realm, files, path);
                if ("module".equals(scope.type())) {
                    yield MODULE;
                }
                if ("commonjs".equals(scope.type())) {
                    yield COMMONJS;
                }
                yield containsModuleSyntax(path, text) ? MODULE : COMMONJS;
            }
            default -> UNKNOWN;
        };
    }

    /**
     * contextify's containsModuleSyntax: the text does not compile as a CommonJS script but does as a
     * module (it has import or export declarations, import.meta or top-level await).
     */
    static boolean containsModuleSyntax(String path, String text) {
        try {
            Parser.parseScript(new Source(path, text));
            return false;
        } catch (JsSyntaxError notAScript) {
            try {
                Parser.parseModule(new Source(path, text));
                return true;
            } catch (JsSyntaxError notAModuleEither) {
                return false;
            }
        }
    }

    /**
     * package_json_reader.getPackageScopeConfig: the nearest package.json above {@code path} and its
     * "type" (null when it has none, or when there is no package.json at all).
     */
    static PackageType packageType(Realm realm, ModuleFiles files, String path) {
        String directory = ModulePaths.dirname(path);
        while (true) {
            if (!directory.endsWith("/node_modules")) {
                String candidate = (directory.equals("/") ? "" : directory) + "/package.json";
                Optional<String> json = files.read(candidate);
                if (json.isPresent()) {
                    return new PackageType(candidate, typeField(realm, json.get()));
                }
            }
            if (directory.equals("/")) {
                return new PackageType(null, null);
            }
            directory = ModulePaths.dirname(directory);
        }
    }

    private static String typeField(Realm realm, String json) {
        JsFunction parse = (JsFunction) ((JsObject) realm.globalObject.get("JSON")).get("parse");
        try {
            Object parsed = parse.call(Undefined.INSTANCE, new Object[] {json});
            return parsed instanceof JsObject pkg && pkg.get("type") instanceof String type ? type : null;
        } catch (JsThrow e) {
            return null;
        }
    }
}
