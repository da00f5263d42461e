package dev.loopsim.host;

import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.vm.Engine;
import dev.loopsim.js.vm.FunctionTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The built-in modules loopsim writes in JavaScript (as Node writes its lib/), compiled once per JVM from
 * the resources under {@code dev/loopsim/host/lib/}: compiled templates are immutable, so every
 * simulation shares them and evaluates its own copy of each module.
 */
final class BuiltinScripts {
    private BuiltinScripts() {}

    /** What an internal module's wrapper receives: Node's loader passes internalBinding the same way. */
    static final List<String> PARAMETERS = List.of("exports", "require", "module", "internalBinding");

    /** Built-in name → resource file. */
    private static final Map<String, String> FILES = Map.of(
            "events", "events.js",
            "timers/promises", "timers_promises.js",
            "util", "util.js",
            "assert", "assert.js",
            "internal/errors", "errors.js",
            "internal/util/comparisons", "comparisons.js",
            "fs", "fs.js",
            "fs/promises", "fs_promises.js",
            "internal/fetch", "fetch.js");

    /** Compiled on first use of this class; the class initialiser makes that thread-safe. */
    private static final class Compiled {
        static final Map<String, FunctionTemplate> TEMPLATES = compileAll();

        private static Map<String, FunctionTemplate> compileAll() {
            var templates = new java.util.HashMap<String, FunctionTemplate>();
            FILES.forEach((name, file) -> templates.put(name, compile(name, file)));
            return Map.copyOf(templates);
        }

        private static FunctionTemplate compile(String name, String file) {
            try (InputStream in = BuiltinScripts.class.getResourceAsStream("lib/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("missing built-in module source lib/" + file);
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return Engine.compileFunction(Parser.parseScript(new Source("node:" + name, text)), PARAMETERS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static boolean has(String name) {
        return FILES.containsKey(name);
    }

    /** The compiled wrapper of the built-in module {@code name}. */
    static FunctionTemplate template(String name) {
        return Compiled.TEMPLATES.get(name);
    }
}
