package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The global {@code console} of Node's lib/internal/console/constructor.js: each call formats its
 * arguments with {@link Inspect#format} and hands one string (perhaps of several lines) to stdout or
 * stderr. console.time/timeEnd/timeLog and console.table are not provided yet (no virtual clock here).
 */
public final class ConsoleBuiltins {
    private ConsoleBuiltins() {}

    private static final String GROUP_INDENT = "  ";

    /** One console's state: its group indentation and its counters. */
    private static final class ConsoleState {
        String groupIndent = "";
        final Map<String, Integer> counts = new HashMap<>();
    }

    public static void install(Realm realm, Consumer<String> stdout, Consumer<String> stderr) {
        JsObject console = realm.newObject();
        ConsoleState state = new ConsoleState();
        Consumer<String> out = s -> stdout.accept(indent(state, s));
        Consumer<String> err = s -> stderr.accept(indent(state, s));

        NativeFunction log = method(realm, console, "log", (t, a, n) -> {
            out.accept(Inspect.format(realm, a));
            return Undefined.INSTANCE;
        });
        console.defineOwn("info", log, Property.DEFAULT);
        console.defineOwn("debug", log, Property.DEFAULT);
        NativeFunction warn = method(realm, console, "warn", (t, a, n) -> {
            err.accept(Inspect.format(realm, a));
            return Undefined.INSTANCE;
        });
        console.defineOwn("error", warn, Property.DEFAULT);
        console.defineOwn("dirxml", log, Property.DEFAULT);
        method(realm, console, "trace", (t, a, n) -> {
            String message = Inspect.format(realm, a);
            err.accept("Trace" + (message.isEmpty() ? "" : ": " + message) + "\n    at <anonymous>");
            return Undefined.INSTANCE;
        });
        method(realm, console, "dir", (t, a, n) -> {
            Object value = a.length > 0 ? a[0] : Undefined.INSTANCE;
            Object options = a.length > 1 ? a[1] : Undefined.INSTANCE;
            out.accept(Inspect.inspect(realm, value, dirOptions(realm, options)));
            return Undefined.INSTANCE;
        });
        method(realm, console, "assert", (t, a, n) -> {
            Object expression = a.length > 0 ? a[0] : Undefined.INSTANCE;
            if (!Values.toBoolean(expression)) {
                Object[] args = a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : new Object[1];
                args[0] = "Assertion failed" + (a.length > 1 ? ": " + Operations.toString(realm, a[1]) : "");
                err.accept(Inspect.format(realm, args));
            }
            return Undefined.INSTANCE;
        });
        method(realm, console, "count", (t, a, n) -> {
            String label = label(realm, a);
            int count = state.counts.merge(label, 1, Integer::sum);
            out.accept(label + ": " + count);
            return Undefined.INSTANCE;
        });
        method(realm, console, "countReset", (t, a, n) -> {
            String label = label(realm, a);
            if (state.counts.remove(label) == null) {
                stderr.accept("(node) Warning: Count for '" + label + "' does not exist");
            }
            return Undefined.INSTANCE;
        });
        NativeFunction group = method(realm, console, "group", (t, a, n) -> {
            if (a.length > 0) {
                out.accept(Inspect.format(realm, a));
            }
            state.groupIndent += GROUP_INDENT;
            return Undefined.INSTANCE;
        });
        console.defineOwn("groupCollapsed", group, Property.DEFAULT);
        method(realm, console, "groupEnd", (t, a, n) -> {
            if (!state.groupIndent.isEmpty()) {
                state.groupIndent = state.groupIndent.substring(GROUP_INDENT.length());
            }
            return Undefined.INSTANCE;
        });
        console.defineOwn(JsSymbol.TO_STRING_TAG, "console", Property.CONFIGURABLE);
        realm.globalObject.defineOwn("console", console, Property.HIDDEN);
    }

    private static NativeFunction method(Realm realm, JsObject target, String name, NativeFunction.Body body) {
        NativeFunction f = realm.function(name, 0, body);
        target.defineOwn(name, f, Property.DEFAULT);
        return f;
    }

    private static String indent(ConsoleState state, String text) {
        if (state.groupIndent.isEmpty()) {
            return text;
        }
        return state.groupIndent + text.replace("\n", "\n" + state.groupIndent);
    }

    private static String label(Realm realm, Object[] args) {
        Object label = args.length > 0 ? args[0] : Undefined.INSTANCE;
        return label == Undefined.INSTANCE ? "default" : Operations.toString(realm, label);
    }

    /** console.dir's options object: depth (null for unlimited), showHidden, compact and breakLength. */
    private static Inspect.Options dirOptions(Realm realm, Object options) {
        Inspect.Options base = Inspect.Options.CONSOLE;
        if (!(options instanceof JsObject o)) {
            return base;
        }
        int depth = base.depth();
        Object d = o.get("depth");
        if (d == JsNull.INSTANCE) {
            depth = Integer.MAX_VALUE;
        } else if (d != Undefined.INSTANCE) {
            double n = Operations.toNumber(realm, d);
            depth = n >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.floor(n);
        }
        int compact = base.compact();
        Object c = o.get("compact");
        if (c instanceof Double cd) {
            compact = cd.intValue();
        } else if (Boolean.FALSE.equals(c)) {
            compact = 0;
        }
        int breakLength = base.breakLength();
        Object b = o.get("breakLength");
        if (b instanceof Double bd) {
            breakLength = bd >= Integer.MAX_VALUE ? Integer.MAX_VALUE : bd.intValue();
        }
        boolean showHidden = Values.toBoolean(o.get("showHidden"));
        return new Inspect.Options(depth, false, compact, breakLength, showHidden);
    }
}
