package dev.loopsim.host;

import dev.loopsim.js.builtins.ConsoleBuiltins;
import dev.loopsim.js.builtins.DateBuiltins;
import dev.loopsim.js.builtins.Inspect;
import dev.loopsim.js.builtins.NodeErrors;
import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Node.SourceType;
import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Engine;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import dev.loopsim.loop.Choices;
import dev.loopsim.loop.EventLoop;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.Tracer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a CommonJS main script the way Node does: the script, the drain, then the event loop until
 * nothing keeps it alive; timers, immediates and {@code process} on the virtual clock; uncaught
 * exceptions and unhandled rejections (default {@code throw} mode) ending the process as Node ends it.
 */
public final class NodeHost {
    /** Node's version, printed in crash reports. */
    public static final String NODE_VERSION = "v20.20.2";

    /** Wall-clock time at virtual 0 (2026-01-01T00:00:00Z): Date.now() is this plus the virtual clock. */
    public static final long EPOCH_AT_START_MS = 1_767_225_600_000L;

    private final Engine engine = new Engine();
    private final Realm realm = engine.realm();
    private final EventLoop loop;
    private final Consumer<String> stderr;
    private final JsObject process;
    private final Map<String, List<JsFunction>> listeners = new LinkedHashMap<>();
    private boolean exiting;
    /** Reads a file beside the main script by absolute path; the simulation never reads the disk itself. */
    private final ModuleFiles files;

    /** process.exit(), or a crash: unwinds everything, carrying the exit code. */
    static final class ProcessExit extends RuntimeException {
        final int code;

        ProcessExit(int code) {
            super(null, null, false, false);
            this.code = code;
        }
    }

    private final BuiltinModules builtins;
    private final CommonJsLoader modules;

    public NodeHost(Consumer<String> stdout, Consumer<String> stderr, Choices choices) {
        this(stdout, stderr, choices, ModuleFiles.NONE);
    }

    /** A host whose {@code require} reads files only through {@code files}. */
    public NodeHost(Consumer<String> stdout, Consumer<String> stderr, Choices choices, ModuleFiles files) {
        this.stderr = stderr;
        this.files = files;
        this.loop = new EventLoop(choices);
        realm.setHooks(loop);
        ConsoleBuiltins.install(realm, traced("stdout", stdout), traced("stderr", stderr));
        DateBuiltins.install(realm, () -> EPOCH_AT_START_MS + loop.readClockMicros() / 1000);
        process = realm.newObject();
        Timers.install(realm, loop);
        installProcess();
        loop.setRejectionHandler(this::unhandledRejection);
        loop.setUncaughtHandler(uncaught -> uncaughtException(uncaught, "uncaughtException"));
        builtins = new BuiltinModules(realm, process, stderr);
        modules = new CommonJsLoader(realm, files, builtins);
    }

    /**
     * The exports of a built-in module ({@code "events"}, {@code "node:timers/promises"}, …), made once per
     * simulation; null when {@code specifier} is not a built-in loopsim provides. For the ES module loader.
     */
    public Object requireBuiltin(String specifier) {
        return builtins.requireBuiltin(specifier);
    }

    public Realm realm() {
        return realm;
    }

    /** The run's trace: add sinks before {@link #run}. */
    public Tracer tracer() {
        return loop.tracer();
    }

    private Consumer<String> traced(String stream, Consumer<String> out) {
        return text -> {
            loop.tracer().emit(TraceEvent.Kind.CONSOLE, 0, stream + ": " + text);
            out.accept(text);
        };
    }

    /**
     * Runs the script (a CommonJS main script, or an ES module when the program was parsed as one) to the
     * end of the event loop; returns the exit code Node would have.
     */
    public int run(String fileName, Program program) {
        // process.argv: the node binary, then the main script's absolute path.
        process.set(
                "argv",
                realm.newArray(List.of(
                        "/usr/local/bin/node",
                        java.nio.file.Path.of(fileName)
                                .toAbsolutePath()
                                .normalize()
                                .toString())));
        if (program.sourceType() == SourceType.MODULE) {
            String path =
                    java.nio.file.Path.of(fileName).toAbsolutePath().normalize().toString();
            EsmLoader loader = new EsmLoader(this, realm, files, path);
            realm.setModuleLoader(loader);
            return runToExit(() -> new EsmEntryPoint(this, realm, loop, loader).start(program));
        }
        realm.setModuleLoader(new EsmLoader(
                this,
                realm,
                files,
                java.nio.file.Path.of(fileName).toAbsolutePath().normalize().toString()));
        return runToExit(() -> {
            try {
                loop.macrotask("main script", () -> modules.runMain(ModulePaths.resolve("/", fileName), program));
            } catch (JsThrow uncaught) {
                uncaughtException(uncaught, "uncaughtException");
            }
        });
    }

    /** The main script or module, the loop until nothing keeps it alive, the exit event. */
    private int runToExit(Runnable main) {
        try {
            main.run();
            runLoop();
            emitExit(exitCode());
            return exited(exitCode());
        } catch (ProcessExit exit) {
            return exited(exit.code);
        } catch (EventLoop.LimitExceeded limit) {
            stderr.accept("loopsim: " + limit.getMessage());
            return 1;
        }
    }

    private int exited(int code) {
        loop.tracer().emit(TraceEvent.Kind.EXIT, 0, "code " + code);
        return code;
    }

    /** The drain after the main script, then the loop. */
    private void runLoop() {
        loop.drain();
        loop.run(this::beforeExit);
    }

    // ---- exit codes, events, crashes ---------------------------------------------------------------

    private int exitCode() {
        Object code = process.get("exitCode");
        return code instanceof Double d ? (int) (double) d : 0;
    }

    private void beforeExit() {
        if (!exiting) {
            emit("beforeExit", (double) exitCode());
        }
    }

    private void emitExit(int code) {
        if (!exiting) {
            exiting = true; // process.exitCode stays as the script (or a crash) left it, as in Node
            loop.enterPhase("exit");
            emit("exit", (double) code);
        }
    }

    /** A crash that no listener can handle: exit event with 1, the report, exit 1. */
    void fatal(String report) {
        process.set("exitCode", 1.0);
        emitExit(1);
        stderr.accept(report);
        throw new ProcessExit(1);
    }

    /** triggerUncaughtException: a listener handles it, or the process prints the error and exits 1. */
    void uncaughtException(JsThrow uncaught, String origin) {
        Object error = uncaught.value();
        if (loop.tracer().on()) {
            loop.tracer().emit(TraceEvent.Kind.UNCAUGHT_EXCEPTION, 0, origin + ": " + Inspect.inspect(realm, error));
        }
        if (handledByListener(error, origin)) {
            return;
        }
        process.set("exitCode", 1.0);
        emitExit(1);
        stderr.accept(crashReport(uncaught));
        throw new ProcessExit(exitCode() == 0 ? 1 : exitCode());
    }

    /**
     * process._fatalException with an 'uncaughtException' listener: the listener handles it, and Node
     * queues setImmediate(noop) so that whatever the exception cut short is drained soon (execution.js).
     */
    private boolean handledByListener(Object error, String origin) {
        if (listenersOf("uncaughtException").isEmpty()) {
            return false;
        }
        emit("uncaughtException", error, origin);
        loop.addImmediate(() -> {});
        return true;
    }

    /** Default --unhandled-rejections=throw: the unhandledRejection event, else an uncaught exception. */
    private boolean unhandledRejection(JsObject promise) {
        Object reason = ((JsPromise) promise).result;
        if (!listenersOf("unhandledRejection").isEmpty()) {
            emit("unhandledRejection", reason, promise);
            return true;
        }
        if (reason instanceof JsError) {
            uncaughtException(new JsThrow(reason), "unhandledRejection");
        } else {
            JsObject error = realm.newError(
                    realm.errorPrototype,
                    "This error originated either by throwing inside of an async function without a catch block,"
                            + " or by rejecting a promise which was not handled with .catch(). The promise rejected"
                            + " with the reason \"" + Inspect.inspect(realm, reason) + "\".");
            error.defineOwn("name", "UnhandledPromiseRejection", Property.HIDDEN);
            error.defineOwn("code", "ERR_UNHANDLED_REJECTION", Property.DEFAULT);
            // Node raises it inside its own rejection processing, and its stack says so.
            error.defineOwn(
                    "stack",
                    "UnhandledPromiseRejection: " + error.get("message")
                            + "\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)"
                            + "\n    at processPromiseRejections (node:internal/process/promises:470:17)"
                            + "\n    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)",
                    Property.HIDDEN);
            if (handledByListener(error, "unhandledRejection")) {
                return true;
            }
            process.set("exitCode", 1.0);
            emitExit(1);
            stderr.accept(
                    "node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n"
                            + Inspect.inspect(realm, error) + "\n\nNode.js " + NODE_VERSION);
            throw new ProcessExit(1);
        }
        return true;
    }

    /** Node's report of an uncaught exception: the line with a caret, the error, the trailer. */
    String crashReport(JsThrow uncaught) {
        Object thrown = uncaught.value();
        boolean error = thrown instanceof JsError;
        StringBuilder report = new StringBuilder(error ? "" : "\n");
        // Thrown: where the throw happened. Rejected with an Error: where that Error was created.
        var source = uncaught.source();
        int offset = uncaught.offset();
        if ((source == null || offset < 0) && thrown instanceof JsError e) {
            source = e.source();
            offset = e.offset();
        }
        if (source != null && offset >= 0) {
            int line = source.lineOf(offset);
            report.append(source.name()).append(':').append(line).append('\n');
            report.append(source.lineText(line)).append('\n');
            report.append(" ".repeat(source.columnOf(offset) - 1)).append("^\n");
        }
        report.append(error ? "\n" : "").append(Inspect.inspect(realm, thrown));
        if (!error) {
            report.append("\n(Use `node --trace-uncaught ...` to show where the exception was thrown)");
        }
        return report.append("\n\nNode.js ").append(NODE_VERSION).toString();
    }

    // ---- built-in modules --------------------------------------------------------------------------

    /** A built-in module's name without {@code node:} if {@code specifier} could name one, else null. */
    static String builtinName(String specifier) {
        String name = specifier.startsWith("node:") ? specifier.substring(5) : specifier;
        return name.isEmpty() || name.startsWith(".") || name.startsWith("/") ? null : name;
    }

    // ---- process -----------------------------------------------------------------------------------

    JsObject process() {
        return process;
    }

    void addProcessListener(String event, JsFunction listener) {
        listenersOf(event).add(listener);
    }

    void removeProcessListener(String event, JsFunction listener) {
        listenersOf(event).remove(listener);
    }

    private List<JsFunction> listenersOf(String event) {
        return listeners.computeIfAbsent(event, e -> new ArrayList<>());
    }

    /** process.emit: listeners run in order; returns whether there were any. */
    boolean emit(String event, Object... args) {
        List<JsFunction> current = new ArrayList<>(listenersOf(event));
        for (JsFunction listener : current) {
            listener.call(process, args);
        }
        return !current.isEmpty();
    }

    private void installProcess() {
        realm.globalObject.defineOwn("process", process, Property.HIDDEN);
        process.defineOwn(JsSymbol.TO_STRING_TAG, "process", Property.CONFIGURABLE);
        process.set("exitCode", Undefined.INSTANCE);
        process.set("env", new ProcessEnv(realm));
        process.set("platform", "linux");
        process.set("version", NODE_VERSION);
        JsObject versions = realm.newObject();
        versions.set("node", NODE_VERSION.substring(1));
        process.set("versions", versions);
        realm.method(process, "nextTick", 1, (t, a, n) -> {
            Object callback = a.length > 0 ? a[0] : Undefined.INSTANCE;
            if (!(callback instanceof JsFunction f)) {
                throw NodeErrors.invalidArgType(realm, "callback", "function", callback);
            }
            Object[] rest = a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : new Object[0];
            loop.nextTick(f.debugName(), () -> f.call(Undefined.INSTANCE, rest));
            return Undefined.INSTANCE;
        });
        realm.method(process, "exit", 1, (t, a, n) -> {
            if (a.length > 0 && a[0] != Undefined.INSTANCE) {
                process.set("exitCode", Operations.toNumber(realm, a[0]));
            }
            int code = exitCode();
            emitExit(code);
            throw new ProcessExit(exitCode());
        });
        realm.method(process, "on", 2, (t, a, n) -> addListener(a, false));
        realm.method(process, "addListener", 2, (t, a, n) -> addListener(a, false));
        realm.method(process, "prependListener", 2, (t, a, n) -> addListener(a, true));
        realm.method(process, "once", 2, (t, a, n) -> {
            String event = Operations.toString(realm, a[0]);
            JsFunction listener = (JsFunction) a[1];
            JsFunction[] wrapper = new JsFunction[1];
            wrapper[0] = realm.function(listener.debugName(), 0, (t2, a2, n2) -> {
                listenersOf(event).remove(wrapper[0]);
                return listener.call(process, a2);
            });
            listenersOf(event).add(wrapper[0]);
            return process;
        });
        realm.method(process, "off", 2, (t, a, n) -> removeListener(a));
        realm.method(process, "removeListener", 2, (t, a, n) -> removeListener(a));
        realm.method(
                process,
                "emit",
                1,
                (t, a, n) -> emit(
                        Operations.toString(realm, a[0]),
                        a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : new Object[0]));
        realm.method(process, "listenerCount", 1, (t, a, n) ->
                (double) listenersOf(Operations.toString(realm, a[0])).size());
        realm.method(
                process,
                "listeners",
                1,
                (t, a, n) -> realm.newArray(new ArrayList<>(listenersOf(Operations.toString(realm, a[0])))));
        realm.method(process, "hrtime", 1, (t, a, n) -> {
            long nanos = loop.readClockMicros() * 1_000L;
            return realm.newArray(List.of((double) (nanos / 1_000_000_000L), (double) (nanos % 1_000_000_000L)));
        });
        realm.method(process, "cwd", 0, (t, a, n) -> "/");
        realm.method(process, "uptime", 0, (t, a, n) -> loop.readClockMicros() / 1e6);
        JsObject performance = realm.newObject();
        realm.method(performance, "now", 0, (t, a, n) -> loop.readClockMicros() / 1000.0);
        realm.globalObject.defineOwn("performance", performance, Property.HIDDEN);
    }

    private Object addListener(Object[] a, boolean prepend) {
        String event = Operations.toString(realm, a[0]);
        Object listener = a.length > 1 ? a[1] : Undefined.INSTANCE;
        if (!(listener instanceof JsFunction f)) {
            throw NodeErrors.invalidArgType(realm, "listener", "function", listener);
        }
        if (prepend) {
            listenersOf(event).addFirst(f);
        } else {
            listenersOf(event).add(f);
        }
        return process;
    }

    private Object removeListener(Object[] a) {
        listenersOf(Operations.toString(realm, a[0])).remove(a.length > 1 ? a[1] : null);
        return process;
    }
}
