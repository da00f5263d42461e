package dev.loopsim.host;

import dev.loopsim.js.builtins.ConsoleBuiltins;
import dev.loopsim.js.builtins.DateBuiltins;
import dev.loopsim.js.builtins.Inspect;
import dev.loopsim.js.builtins.MathBuiltins;
import dev.loopsim.js.builtins.NodeErrors;
import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Node.SourceType;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Engine;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.loop.Choices;
import dev.loopsim.loop.EventLoop;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.Tracer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a CommonJS main script the way Node does: the script, the drain, then the event loop until
 * nothing keeps it alive; timers, immediates and {@code process} on the virtual clock; uncaught
 * exceptions and unhandled rejections (in every {@code --unhandled-rejections} mode) ending the process
 * as Node ends it.
 */
public final class NodeHost {
    /** Node's version, printed in crash reports. */
    public static final String NODE_VERSION = "v20.20.2";

    /** Wall-clock time at virtual 0 (2026-01-01T00:00:00Z): Date.now() is this plus the virtual clock. */
    public static final long EPOCH_AT_START_MS = 1_767_225_600_000L;

    /** process.pid, which warnings print as {@code (node:PID)}: fixed, so that runs repeat exactly. */
    public static final int PID = 4242;

    /** Node's exit code when an 'uncaughtException' listener itself throws (kExceptionInFatalExceptionHandler). */
    static final int EXCEPTION_IN_FATAL_EXCEPTION_HANDLER = 7;

    private final Engine engine = new Engine();
    private final Realm realm = engine.realm();
    private final EventLoop loop;
    private final Consumer<String> stderr;
    private final JsObject process;
    private final ProcessWarnings warnings;
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

    private boolean stoppedAtLimit;
    private final BuiltinModules builtins;
    private final CommonJsLoader modules;
    private final FakeIo io;

    public NodeHost(Consumer<String> stdout, Consumer<String> stderr, Choices choices) {
        this(stdout, stderr, choices, ModuleFiles.NONE);
    }

    /** A host whose {@code require} reads files only through {@code files}. */
    public NodeHost(Consumer<String> stdout, Consumer<String> stderr, Choices choices, ModuleFiles files) {
        this(stdout, stderr, choices, files, NodeOptions.DEFAULTS);
    }

    /** A host whose {@code require} reads files only through {@code files}, run as node with {@code options}. */
    public NodeHost(
            Consumer<String> stdout, Consumer<String> stderr, Choices choices, ModuleFiles files, NodeOptions options) {
        this.stderr = stderr;
        this.files = files;
        this.loop = new EventLoop(choices);
        realm.setHooks(loop);
        MathBuiltins.useRandom(realm, ChoiceSource.mathRandom(choices.seed()));
        ConsoleBuiltins.install(realm, traced("stdout", stdout), traced("stderr", stderr));
        DateBuiltins.install(realm, () -> EPOCH_AT_START_MS + loop.readClockMicros() / 1000);
        process = realm.newObject();
        warnings = new ProcessWarnings(realm, loop, this, stderr);
        Timers.install(realm, loop, warnings);
        installProcess();
        warnings.install(process);
        loop.setPromiseRejectCallback(
                new PromiseRejections(this, realm, loop, warnings, options.unhandledRejections()));
        loop.setUncaughtHandler(this::uncaughtException);
        io = new FakeIo(realm, loop, options.io());
        builtins = new BuiltinModules(realm, process, stderr, io);
        builtins.installFetchGlobals();
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
        String path =
                java.nio.file.Path.of(fileName).toAbsolutePath().normalize().toString();
        io.mainScript(path, program.span().source().text());
        EsmLoader loader = new EsmLoader(this, realm, files, modules, path);
        realm.setModuleLoader(loader);
        modules.useEsmLoader(loader);
        Program main = asNodeLoadsIt(path, program);
        if (main.sourceType() == SourceType.MODULE) {
            return runToExit(() -> new EsmEntryPoint(this, realm, loop, loader).start(main));
        }
        return runToExit(() -> {
            try {
                loop.macrotask("main script", () -> modules.runMain(ModulePaths.resolve("/", fileName), main));
            } catch (JsThrow uncaught) {
                uncaughtException(uncaught);
            }
        });
    }

    /**
     * The main program as Node runs it: a script parsed from a {@code .js} file under a package.json
     * with {@code "type": "module"} is an ES module after all.
     */
    private Program asNodeLoadsIt(String path, Program program) {
        if (program.sourceType() == SourceType.SCRIPT
                && (path.endsWith(".js") || ModulePaths.extname(path).isEmpty())
                && "module".equals(ModuleFormat.packageType(realm, files, path).type())) {
            return dev.loopsim.js.syntax.Parser.parseModule(program.span().source());
        }
        return program;
    }

    /** The main script or module, the loop until nothing keeps it alive, the exit event. */
    private int runToExit(Runnable main) {
        try {
            main.run();
            runLoop();
            try {
                emitExit(exitCode());
                // The 'exit' event's callback scope closes: its promise jobs run (its ticks were refused).
                loop.drain();
            } catch (JsThrow uncaught) {
                // Thrown by an 'exit' listener: handled or not, the process ends now.
                uncaughtException(uncaught);
            }
            return exited(exitCode());
        } catch (ProcessExit exit) {
            return exited(exit.code);
        } catch (EventLoop.LimitExceeded limit) {
            stoppedAtLimit = true;
            stderr.accept("loopsim: " + limit.getMessage());
            return 1;
        }
    }

    /**
     * Whether the run was stopped at {@link EventLoop#MAX_CALLBACKS}: the script never lets the loop
     * finish, which node would run forever.
     */
    public boolean stoppedAtLimit() {
        return stoppedAtLimit;
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

    /** Environment::exit_code: process.exitCode if the script set one, else {@code fallback}. */
    private int exitCodeOr(int fallback) {
        Object code = process.get("exitCode");
        return code instanceof Double d ? (int) (double) d : fallback;
    }

    /** process.exitCode = code, as Node's own code sets it. */
    void setExitCode(int code) {
        process.set("exitCode", (double) code);
    }

    private void beforeExit() {
        if (!exiting) {
            emit("beforeExit", (double) exitCode());
        }
    }

    /** process._exiting = true; process.emit('exit', code). */
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

    /** An exception the script threw and nothing caught: reported where it was thrown. */
    private void uncaughtException(JsThrow uncaught) {
        triggerUncaughtException(uncaught.value(), false, siteOf(uncaught));
    }

    /** The same for an exception Node raises itself with {@code origin} (the ES module loader's rejection). */
    void uncaughtException(JsThrow uncaught, String origin) {
        triggerUncaughtException(uncaught.value(), "unhandledRejection".equals(origin), siteOf(uncaught));
    }

    /**
     * src/node_errors.cc TriggerUncaughtException with lib/internal/process/execution.js's handler: the
     * monitor, then 'uncaughtException' listeners handle it and the process goes on; without one, 'exit'
     * is emitted, the error printed and the process ends. If a listener throws, that error is printed and
     * the process ends with code 7. {@code site} is the report's location header, or null for the error's.
     */
    void triggerUncaughtException(Object error, boolean fromPromise, String site) {
        String origin = fromPromise ? "unhandledRejection" : "uncaughtException";
        if (loop.tracer().on()) {
            loop.tracer().emit(TraceEvent.Kind.UNCAUGHT_EXCEPTION, 0, origin + ": " + Inspect.inspect(realm, error));
        }
        try {
            emit("uncaughtExceptionMonitor", error, origin);
            if (emit("uncaughtException", error, origin)) {
                // "make sure any ticks get processed by ensuring that the next Immediate cycle isn't empty"
                loop.addImmediate(() -> {});
                return;
            }
        } catch (JsThrow inHandler) {
            stderr.accept(crashReport(inHandler.value(), siteOf(inHandler)));
            throw new ProcessExit(EXCEPTION_IN_FATAL_EXCEPTION_HANDLER);
        }
        if (!exiting) {
            try {
                setExitCode(1);
                emitExit(1);
            } catch (JsThrow ignored) {
                // As Node: an 'exit' listener that throws now cannot change the outcome.
            }
        }
        stderr.accept(crashReport(error, site != null ? site : siteOf(error)));
        throw new ProcessExit(exitCodeOr(1));
    }

    /** The report's location header for a thrown exception: where it was thrown, else where the Error was made. */
    private static String siteOf(JsThrow uncaught) {
        String site = siteOf(uncaught.source(), uncaught.offset());
        return site != null ? site : siteOf(uncaught.value());
    }

    /** Where an Error was created: Node points there when the error is reported without a throw site. */
    private static String siteOf(Object error) {
        return error instanceof JsError e ? siteOf(e.source(), e.offset()) : null;
    }

    private static String siteOf(Source source, int offset) {
        if (source == null || offset < 0) {
            return null;
        }
        int line = source.lineOf(offset);
        return String.join(
                "\n", source.name() + ":" + line, source.lineText(line), " ".repeat(source.columnOf(offset) - 1) + "^");
    }

    /** Node's report of a fatal exception: the site with a caret, the error, the trailer. */
    String crashReport(Object thrown, String site) {
        boolean error = thrown instanceof JsError;
        StringBuilder report = new StringBuilder(error ? "" : "\n");
        if (site != null) {
            report.append(site).append('\n');
        }
        if (thrown instanceof JsObject) {
            report.append(error ? "\n" : "").append(Inspect.inspect(realm, thrown));
        } else {
            // A primitive prints as ToString gives it (a Symbol, which ToString rejects, as nothing).
            report.append(thrown instanceof JsSymbol ? "" : Operations.toString(realm, thrown));
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

    /** process.emitWarning, for warnings Node's own modules emit. */
    ProcessWarnings warnings() {
        return warnings;
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
        process.set("pid", (double) PID);
        process.set("version", NODE_VERSION);
        JsObject versions = realm.newObject();
        versions.set("node", NODE_VERSION.substring(1));
        process.set("versions", versions);
        realm.method(process, "nextTick", 1, (t, a, n) -> {
            Object callback = a.length > 0 ? a[0] : Undefined.INSTANCE;
            if (!(callback instanceof JsFunction f)) {
                throw NodeErrors.invalidArgType(realm, "callback", "function", callback);
            }
            if (exiting) {
                return Undefined.INSTANCE; // task_queues.js nextTick: nothing is queued once the process exits
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
        JsFunction hrtime = realm.function("hrtime", 1, (t, a, n) -> {
            long nanos = loop.readClockMicros() * 1_000L;
            return realm.newArray(List.of((double) (nanos / 1_000_000_000L), (double) (nanos % 1_000_000_000L)));
        });
        // process.hrtime.bigint(): the same clock read, in nanoseconds, as a BigInt.
        hrtime.defineOwn(
                "bigint",
                realm.function("hrtimeBigInt", 0, (t, a, n) -> BigInteger.valueOf(loop.readClockMicros() * 1_000L)),
                Property.DEFAULT);
        process.defineOwn("hrtime", hrtime, Property.HIDDEN);
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
