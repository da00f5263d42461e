package dev.loopsim.cli;

import dev.loopsim.js.builtins.ConsoleBuiltins;
import dev.loopsim.js.builtins.Inspect;
import dev.loopsim.js.syntax.Node;
import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.vm.Engine;
import dev.loopsim.js.vm.HostHooks;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs one parsed script the way {@code loopsim run} does: a fresh engine with console, the script as a
 * CommonJS body, then every promise job; an uncaught exception or an unhandled rejection ends the run with
 * exit code 1 and Node's report on stderr. There are no timers or process object yet, so a script that
 * uses them fails with the ReferenceError a host without them would give.
 */
public final class ScriptRunner {
    /** The Node version whose behaviour loopsim reproduces, as Node prints it after a crash. */
    static final String NODE_VERSION = "v20.20.2";

    /** Bounds the jobs one run may execute, so a promise loop that never ends is reported, not hung on. */
    static final long MAX_JOBS = 10_000_000;

    private ScriptRunner() {}

    /** Runs {@code program} (parsed from {@code fileName}); returns the exit code Node would have. */
    public static int run(String fileName, Node.Program program, Consumer<String> stdout, Consumer<String> stderr) {
        return LargeStack.call("run", () -> runHere(fileName, program, stdout, stderr));
    }

    private static int runHere(
            String fileName, Node.Program program, Consumer<String> stdout, Consumer<String> stderr) {
        Engine engine = new Engine();
        Realm realm = engine.realm();
        ConsoleBuiltins.install(realm, stdout, stderr);
        MinimalNodeHost host = new MinimalNodeHost();
        realm.setHooks(host);
        try {
            realm.interpreter().runScript(Engine.compile(program), realm.newObject(), new Object[0]);
            host.drainJobs();
        } catch (JsThrow uncaught) {
            stderr.accept(uncaughtReport(realm, fileName, uncaught));
            return ExitCodes.SCRIPT_ERROR;
        }
        if (!host.unhandledRejections.isEmpty()) {
            JsPromise first = (JsPromise) host.unhandledRejections.iterator().next();
            stderr.accept(unhandledRejectionReport(realm, fileName, first.result));
            return ExitCodes.SCRIPT_ERROR;
        }
        return ExitCodes.OK;
    }

    /**
     * Node's report of an uncaught exception: the throwing line with a caret (when the throw's position
     * is known), the inspected value, and the version trailer; a non-Error value gets a leading blank
     * line and Node's hint instead of the gap.
     */
    static String uncaughtReport(Realm realm, String fileName, JsThrow uncaught) {
        Object thrown = uncaught.value();
        boolean error = thrown instanceof JsError;
        StringBuilder report = new StringBuilder(error ? "" : "\n");
        if (uncaught.source() != null && uncaught.offset() >= 0) {
            dev.loopsim.js.syntax.Source source = uncaught.source();
            int line = source.lineOf(uncaught.offset());
            report.append(source.name()).append(':').append(line).append('\n');
            report.append(source.lineText(line)).append('\n');
            report.append(" ".repeat(source.columnOf(uncaught.offset()) - 1)).append("^\n");
        } else {
            report.append(fileName).append('\n');
        }
        report.append(error ? "\n" : "").append(Inspect.inspect(realm, thrown));
        if (!error) {
            report.append("\n(Use `node --trace-uncaught ...` to show where the exception was thrown)");
        }
        return report.append("\n\nNode.js ").append(NODE_VERSION).toString();
    }

    static String unhandledRejectionReport(Realm realm, String fileName, Object reason) {
        if (reason instanceof JsError) {
            return uncaughtReport(realm, fileName, new JsThrow(reason));
        }
        return "node:internal/process/promises\n\n"
                + "UnhandledPromiseRejection: This error originated either by throwing inside of an async"
                + " function without a catch block, or by rejecting a promise which was not handled with"
                + " .catch(). The promise rejected with the reason \"" + Inspect.inspect(realm, reason) + "\".\n"
                + "    at <anonymous> {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js " + NODE_VERSION;
    }

    /**
     * Until the Node event loop arrives: one queue of promise jobs, run to completion after the script,
     * and the set of rejected promises nobody has handled yet (Node checks it once the queue is empty).
     */
    private static final class MinimalNodeHost implements HostHooks {
        final ArrayDeque<Runnable> jobs = new ArrayDeque<>();
        /** In rejection order; JsObject compares by identity. */
        final Set<JsObject> unhandledRejections = new LinkedHashSet<>();

        @Override
        public void enqueueJob(JobKind kind, Runnable job) {
            jobs.add(job);
        }

        @Override
        public void promiseRejectionTracker(JsObject promise, boolean handled) {
            if (handled) {
                unhandledRejections.remove(promise);
            } else {
                unhandledRejections.add(promise);
            }
        }

        void drainJobs() {
            long run = 0;
            Runnable job;
            while ((job = jobs.poll()) != null) {
                if (++run > MAX_JOBS) {
                    throw new IllegalStateException("more than " + MAX_JOBS + " promise jobs: stopping the run");
                }
                job.run();
            }
        }
    }
}
