package dev.loopsim.host;

import dev.loopsim.js.builtins.Inspect;
import dev.loopsim.js.builtins.NodeErrors;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Realm;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Node's built-in modules as {@code require('x')} and {@code require('node:x')} see them, each made once
 * per simulation: {@code timers} from the global timer functions, {@code process}, and the modules
 * loopsim writes in JavaScript ({@link BuiltinScripts}) with the natives they need.
 */
final class BuiltinModules {
    /** Node v20's builtinModules that loopsim does not provide: requiring one fails with a clear message. */
    private static final Set<String> NODE_BUILTINS = Set.of(
            "async_hooks",
            "buffer",
            "child_process",
            "cluster",
            "console",
            "constants",
            "crypto",
            "dgram",
            "diagnostics_channel",
            "dns",
            "dns/promises",
            "domain",
            "http",
            "http2",
            "https",
            "inspector",
            "module",
            "net",
            "os",
            "path",
            "path/posix",
            "path/win32",
            "perf_hooks",
            "punycode",
            "querystring",
            "readline",
            "readline/promises",
            "repl",
            "stream",
            "stream/consumers",
            "stream/promises",
            "stream/web",
            "string_decoder",
            "sys",
            "tls",
            "trace_events",
            "tty",
            "url",
            "v8",
            "vm",
            "wasi",
            "worker_threads",
            "zlib");

    private static final List<String> TIMER_FUNCTIONS =
            List.of("setTimeout", "clearTimeout", "setImmediate", "clearImmediate", "setInterval", "clearInterval");

    private final Realm realm;
    private final JsObject process;
    private final Consumer<String> stderr;
    private final FakeIo io;
    /** The timer functions as Timers installed them, before a script can replace the globals. */
    private final Map<String, Object> timerFunctions = new HashMap<>();

    private final Map<String, Object> loaded = new HashMap<>();
    private JsObject binding;
    private boolean warnedOnce;

    BuiltinModules(Realm realm, JsObject process, Consumer<String> stderr, FakeIo io) {
        this.realm = realm;
        this.process = process;
        this.stderr = stderr;
        this.io = io;
        for (String name : TIMER_FUNCTIONS) {
            timerFunctions.put(name, realm.globalObject.get(name));
        }
        // lib/timers.js: util.promisify(setTimeout) is timers/promises.setTimeout, through a getter.
        for (String name : List.of("setTimeout", "setImmediate")) {
            ((JsObject) timerFunctions.get(name))
                    .defineAccessor(
                            symbolFor("nodejs.util.promisify.custom"),
                            realm.function("get", 0, (t, a, n) -> ((JsObject) load("timers/promises")).get(name)),
                            null,
                            Property.ENUMERABLE | Property.CONFIGURABLE);
        }
    }

    /** Symbol.for(key) in this realm's registry. */
    private Object symbolFor(String key) {
        JsFunction symbolFor = (JsFunction) ((JsObject) realm.globalObject.get("Symbol")).get("for");
        return symbolFor.call(Undefined.INSTANCE, new Object[] {key});
    }

    /** Whether {@code name} (without {@code node:}) is one of Node's built-in modules loopsim lacks. */
    static boolean isNodeBuiltinName(String name) {
        return NODE_BUILTINS.contains(name);
    }

    /** The exports of the built-in {@code specifier} (with or without {@code node:}), or null if none. */
    Object requireBuiltin(String specifier) {
        String name = specifier.startsWith("node:") ? specifier.substring("node:".length()) : specifier;
        if (name.startsWith("internal/")) {
            return null;
        }
        return load(name);
    }

    /** The fetch API's globals (fetch, Headers, Response), as Node v20 defines them on globalThis. */
    void installFetchGlobals() {
        JsObject fetch = (JsObject) load("internal/fetch");
        for (String name : List.of("fetch", "Headers", "Response")) {
            realm.globalObject.defineOwn(name, fetch.get(name), Property.HIDDEN);
        }
    }

    /** loadBuiltinModule: the exports made on the first require, the same object after that. */
    private Object load(String name) {
        Object exports = loaded.get(name);
        if (exports != null) {
            return exports;
        }
        exports = switch (name) {
            case "timers" -> timers();
            case "process" -> process;
            case "assert/strict" -> ((JsObject) load("assert")).get("strict");
            case "util/types" -> ((JsObject) load("util")).get("types");
            default -> BuiltinScripts.has(name) ? evaluate(name) : null;
        };
        if (exports != null) {
            loaded.put(name, exports);
        }
        return exports;
    }

    private JsObject timers() {
        JsObject timers = realm.newObject();
        for (String name : TIMER_FUNCTIONS) {
            timers.set(name, timerFunctions.get(name));
        }
        loaded.put("timers", timers);
        timers.set("promises", load("timers/promises"));
        return timers;
    }

    /** Runs a built-in written in JavaScript in its wrapper; a cycle sees the partial exports, as in Node. */
    private Object evaluate(String name) {
        JsObject module = realm.newObject();
        JsObject exports = realm.newObject();
        module.set("exports", exports);
        loaded.put(name, exports);
        JsFunction require = realm.function("require", 1, (t, a, n) -> {
            String id = a.length > 0 && a[0] instanceof String s ? s : "";
            Object required = load(id);
            if (required == null) {
                throw realm.typeError("loopsim: no internal module " + id);
            }
            return required;
        });
        realm.interpreter()
                .runScript(BuiltinScripts.template(name), exports, new Object[] {exports, require, module, binding()});
        return module.get("exports");
    }

    // ---- internalBinding: what the JavaScript built-ins need from Java --------------------------------

    private JsObject binding() {
        if (binding != null) {
            return binding;
        }
        binding = realm.newObject();
        realm.method(binding, "inspect", 2, (t, a, n) -> Inspect.inspect(realm, arg(a, 0), inspectOptions(arg(a, 1))));
        realm.method(binding, "format", 0, (t, a, n) -> Inspect.format(realm, a));
        realm.method(
                binding,
                "formatWithOptions",
                1,
                (t, a, n) -> Inspect.formatWithOptions(
                        realm,
                        inspectOptions(arg(a, 0)),
                        a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : new Object[0]));
        realm.method(
                binding,
                "classOf",
                1,
                (t, a, n) -> arg(a, 0) instanceof JsObject o ? o.className() : Undefined.INSTANCE);
        realm.method(
                binding,
                "isAsyncFunction",
                1,
                (t, a, n) -> arg(a, 0) instanceof dev.loopsim.js.vm.ScriptFunction f && f.isAsync());
        realm.method(
                binding,
                "isGeneratorFunction",
                1,
                (t, a, n) -> arg(a, 0) instanceof dev.loopsim.js.vm.ScriptFunction f && f.isGenerator());
        realm.method(binding, "isPromise", 1, (t, a, n) -> arg(a, 0) instanceof JsPromise);
        realm.method(binding, "invalidArgType", 3, (t, a, n) -> NodeErrors.invalidArgType(
                        realm, String.valueOf(arg(a, 0)), String.valueOf(arg(a, 1)), arg(a, 2))
                .value());
        realm.method(binding, "describeReceived", 1, (t, a, n) -> NodeErrors.describeReceived(realm, arg(a, 0)));
        realm.method(
                binding,
                "stackAbove",
                1,
                (t, a, n) ->
                        arg(a, 0) instanceof JsObject f ? realm.interpreter().stackTraceAbove(f) : "");
        realm.method(binding, "callSite", 1, (t, a, n) -> callSite(arg(a, 0)));
        realm.method(binding, "emitWarning", 2, (t, a, n) -> {
            emitWarning(String.valueOf(arg(a, 0)), arg(a, 1) instanceof String type ? type : "Warning");
            return Undefined.INSTANCE;
        });
        JsObject timers = realm.newObject();
        timerFunctions.forEach(timers::set);
        binding.set("timers", timers);
        binding.set("io", io.binding());
        return binding;
    }

    private static Object arg(Object[] a, int i) {
        return i < a.length ? a[i] : Undefined.INSTANCE;
    }

    /** util.inspect's options object, as far as {@link Inspect.Options} goes. */
    private Inspect.Options inspectOptions(Object options) {
        Inspect.Options result = new Inspect.Options(2, false, 3, 80, false);
        if (!(options instanceof JsObject o)) {
            return result;
        }
        int depth = result.depth();
        Object d = o.get("depth");
        if (d instanceof Double number) {
            depth = number.isInfinite() || number > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) (double) number;
        } else if (d == dev.loopsim.js.value.JsNull.INSTANCE) {
            depth = Integer.MAX_VALUE;
        }
        int compact = result.compact();
        Object c = o.get("compact");
        if (c instanceof Double number) {
            compact = (int) (double) number;
        } else if (c instanceof Boolean b) {
            compact = b ? 3 : 0;
        }
        int breakLength = result.breakLength();
        Object bl = o.get("breakLength");
        if (bl instanceof Double number) {
            breakLength = number.isInfinite() ? Integer.MAX_VALUE : (int) (double) number;
        }
        boolean showHidden = o.get("showHidden") == Boolean.TRUE;
        return new Inspect.Options(depth, false, compact, breakLength, showHidden);
    }

    /** Where the running call of {@code function} came from: [file, line, column, text from that line on]. */
    private Object callSite(Object function) {
        if (!(function instanceof JsObject f)) {
            return Undefined.INSTANCE;
        }
        var span = realm.interpreter().callSiteOf(f);
        if (span == null || span.source() == null) {
            return Undefined.INSTANCE;
        }
        var source = span.source();
        int line = source.lineOf(span.start());
        return realm.newArray(List.of(
                source.name(),
                (double) line,
                (double) source.columnOf(span.start()),
                source.text().substring(source.lineStart(line))));
    }

    /** process.emitWarning as Node prints it on stderr, with the --trace-warnings hint the first time. */
    private void emitWarning(String message, String type) {
        Object pid = process.get("pid");
        String prefix = "(node:" + (pid instanceof Double d ? String.valueOf((long) (double) d) : "PID") + ") ";
        stderr.accept(prefix + type + ": " + message);
        if (!warnedOnce) {
            warnedOnce = true;
            stderr.accept("(Use `node --trace-warnings ...` to show where the warning was created)");
        }
    }
}
