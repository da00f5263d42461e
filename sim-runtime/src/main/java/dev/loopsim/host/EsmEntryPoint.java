package dev.loopsim.host;

import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.HostHooks;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.ModuleEvaluation;
import dev.loopsim.js.vm.ModuleLinkError;
import dev.loopsim.js.vm.ModuleRecord;
import dev.loopsim.js.vm.Promises;
import dev.loopsim.js.vm.Realm;
import dev.loopsim.loop.EventLoop;

/**
 * Runs an ES module as Node's main entry point (lib/internal/modules/run_main.js
 * asyncRunEntryPointWithESMLoader): an {@code exit} listener that turns a top-level await that never
 * settled into exit code 13; the main file read as I/O, so the module graph is linked and evaluated from
 * a promise job after a poll-phase completion; and the loader's three awaits between the evaluation's
 * promise and either the listener's removal or the uncaught exception a rejection becomes.
 */
final class EsmEntryPoint {
    /** ModuleJob.run, ModuleLoader.import and asyncRunEntryPointWithESMLoader each await once. */
    private static final int LOADER_AWAITS = 3;

    private final NodeHost host;
    private final Realm realm;
    private final EventLoop loop;
    private final EsmLoader loader;
    private final JsFunction handleProcessExit;

    EsmEntryPoint(NodeHost host, Realm realm, EventLoop loop, EsmLoader loader) {
        this.host = host;
        this.realm = realm;
        this.loop = loop;
        this.loader = loader;
        JsObject process = host.process();
        // run_main.js handleProcessExit: process.exitCode ??= kUnfinishedTopLevelAwait
        this.handleProcessExit = realm.function("handleProcessExit", 0, (t, a, n) -> {
            Object code = process.get("exitCode");
            if (code == Undefined.INSTANCE || code == JsNull.INSTANCE) {
                process.set("exitCode", 13.0);
            }
            return Undefined.INSTANCE;
        });
    }

    /** asyncRunEntryPointWithESMLoader: the exit listener, then the main file's read completing as I/O. */
    void start(Program program) {
        host.addProcessListener("exit", handleProcessExit);
        loop.addIoCompletion(
                () -> realm.hooks().enqueueJob(HostHooks.JobKind.PROMISE_REACTION, () -> runMainModule(program)));
    }

    /** ModuleJob.run: link the graph, evaluate it, and follow the evaluation's promise. */
    private void runMainModule(Program program) {
        JsObject evaluated;
        try {
            ModuleRecord main = loader.main(program);
            evaluated = ModuleEvaluation.loadLinkAndEvaluate(realm, main);
        } catch (ModuleLinkError e) {
            host.fatal(linkErrorReport(e));
            return;
        } catch (JsSyntaxError e) {
            host.fatal(e.render()); // code loopsim cannot run yet, in the main module or one it imports
            return;
        } catch (JsThrow e) {
            afterLoaderAwaits(() -> host.uncaughtException(e, "unhandledRejection"));
            return;
        }
        Promises.performPromiseThen(
                realm,
                (JsPromise) evaluated,
                HostHooks.JobKind.AWAIT_RESUMPTION, // ModuleJob.run awaits module.evaluate()
                value -> {
                    afterLoaderAwaits(() -> host.removeProcessListener("exit", handleProcessExit));
                    return Undefined.INSTANCE;
                },
                reason -> {
                    afterLoaderAwaits(() -> {
                        host.removeProcessListener("exit", handleProcessExit);
                        host.uncaughtException(new JsThrow(reason), "unhandledRejection");
                    });
                    return Undefined.INSTANCE;
                });
    }

    /** The rest of the loader's awaits: the first was the reaction to the evaluation's promise. */
    private void afterLoaderAwaits(Runnable then) {
        hop(LOADER_AWAITS - 1, then);
    }

    private void hop(int remaining, Runnable then) {
        if (remaining == 0) {
            then.run();
            return;
        }
        realm.hooks().enqueueJob(HostHooks.JobKind.AWAIT_RESUMPTION, () -> hop(remaining - 1, then));
    }

    /**
     * Node's report of a module that failed to link (ModuleJob._instantiate decorates the SyntaxError):
     * the file URL and line, the line, the name underlined, then the error without a blank line between.
     */
    private String linkErrorReport(ModuleLinkError e) {
        Source source = e.source();
        int line = source.lineOf(e.offset());
        String message = ((JsObject) e.error()).get("message").toString();
        return source.name() + ":" + line + "\n"
                + source.lineText(line) + "\n"
                + " ".repeat(source.columnOf(e.offset()) - 1) + "^".repeat(Math.max(1, e.length())) + "\n"
                + "SyntaxError: " + message
                + "\n    at ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)"
                + "\n    at async ModuleJob.run (node:internal/modules/esm/module_job:320:5)"
                + "\n    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)"
                + "\n    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)"
                + "\n\nNode.js " + NodeHost.NODE_VERSION;
    }
}
