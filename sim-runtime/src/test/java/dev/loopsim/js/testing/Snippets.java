package dev.loopsim.js.testing;

import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.Engine;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a snippet as a CommonJS body in a fresh engine and renders what it returned, the way the tests'
 * Node recordings render it: arrays [a, b], plain objects {k: v}, strings in double quotes, BigInts as 5n.
 */
public final class Snippets {
    private Snippets() {}

    /** Runs {@code code} after {@code install} adds the built-ins under test to the realm. */
    public static String run(String code, Consumer<Realm> install) {
        Engine engine = new Engine();
        install.accept(engine.realm());
        return render(engine.run(new Source("test.js", code)));
    }

    public static String run(String code) {
        return run(code, realm -> {});
    }

    public static String render(Object v) {
        if (v instanceof JsArray a) {
            List<String> parts = new ArrayList<>();
            for (long i = 0; i < a.length(); i++) {
                parts.add(render(a.getIndex(i)));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (v instanceof Double d) {
            return d == 0 && 1 / d < 0 ? "-0" : Values.numberToString(d);
        }
        if (v instanceof java.math.BigInteger b) {
            return b + "n";
        }
        if (v instanceof JsObject o && !Values.isCallable(o)) {
            List<String> parts = new ArrayList<>();
            for (Object key : o.ownPropertyKeys()) {
                Property p = o.getOwnProperty(key);
                if (key instanceof String k && p.enumerable()) {
                    parts.add(k + ": " + render(o.get(k)));
                }
            }
            return "{" + String.join(", ", parts) + "}";
        }
        return String.valueOf(v);
    }
}
