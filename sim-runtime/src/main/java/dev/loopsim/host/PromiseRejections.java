package dev.loopsim.host;

import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import dev.loopsim.loop.EventLoop;
import dev.loopsim.trace.TraceEvent.Kind;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Node's bookkeeping of rejected promises (lib/internal/process/promises.js): rejections without a handler
 * wait in a pending map until the queues are empty, then each goes through the {@code --unhandled-rejections}
 * mode; a reported one that gets a handler later emits {@code 'rejectionHandled'} at the next check.
 */
final class PromiseRejections implements EventLoop.PromiseRejectCallback {

    /** promises.js PromiseInfo: the reason, the id warnings print, whether the rejection was reported. */
    private static final class PromiseInfo {
        final Object reason;
        final int uid;
        boolean warned;

        PromiseInfo(Object reason, int uid) {
            this.reason = reason;
            this.uid = uid;
        }
    }

    private record AsyncHandledRejection(JsObject promise, JsObject warning) {}

    /**
     * Where one mode's code in Node (v20.20.2) raises an unhandled rejection, as the crash report shows it:
     * where it creates an UnhandledPromiseRejection, that error's stack frame, and where it throws an
     * error-like reason.
     */
    private record RaiseSite(String newError, String frame, String trigger) {}

    private static final RaiseSite THROW_MODE = new RaiseSite(
            "node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^",
            "throwUnhandledRejectionsMode (node:internal/process/promises:389:7)",
            "node:internal/process/promises:391\n    triggerUncaughtException(err, true /* fromPromise */);\n    ^");
    private static final RaiseSite STRICT_MODE = new RaiseSite(
            "node:internal/process/promises:340\n    reason : new UnhandledPromiseRejection(reason);\n             ^",
            "strictUnhandledRejectionsMode (node:internal/process/promises:340:14)",
            "node:internal/process/promises:342\n  triggerUncaughtException(err, true /* fromPromise */);\n  ^");

    private final NodeHost host;
    private final Realm realm;
    private final EventLoop loop;
    private final ProcessWarnings warnings;
    private final UnhandledRejectionsMode mode;
    /** Rejections already reported, until they get a handler. Weak, as Node's WeakMap: nobody iterates it. */
    private final Map<JsObject, PromiseInfo> maybeUnhandledPromises = new WeakHashMap<>();
    /** Rejections since the last check, in order; replaced (not cleared) by each check. */
    private Map<JsObject, PromiseInfo> pendingUnhandledRejections = new LinkedHashMap<>();

    private final ArrayDeque<AsyncHandledRejection> asyncHandledRejections = new ArrayDeque<>();
    private int lastPromiseId;
    private JsObject unhandledPromiseRejectionPrototype;

    PromiseRejections(
            NodeHost host, Realm realm, EventLoop loop, ProcessWarnings warnings, UnhandledRejectionsMode mode) {
        this.host = host;
        this.realm = realm;
        this.loop = loop;
        this.warnings = warnings;
        this.mode = mode;
    }

    /** promises.js promiseRejectHandler: a rejection without a handler, or a handler added after one. */
    @Override
    public void promiseRejectHandler(JsObject promise, boolean handled) {
        if (handled) {
            handledRejection(promise);
        } else {
            unhandledRejection(promise, ((JsPromise) promise).result);
        }
    }

    /** promises.js unhandledRejection. */
    private void unhandledRejection(JsObject promise, Object reason) {
        pendingUnhandledRejections.put(promise, new PromiseInfo(reason, ++lastPromiseId));
        loop.setHasRejectionToWarn(true);
    }

    /** promises.js handledRejection: in time, it is forgotten; after a report, it is announced. */
    private void handledRejection(JsObject promise) {
        if (pendingUnhandledRejections.remove(promise) != null) {
            return;
        }
        PromiseInfo info = maybeUnhandledPromises.remove(promise);
        if (info != null && info.warned) {
            asyncHandledRejections.add(new AsyncHandledRejection(promise, promiseRejectionHandledWarning(info.uid)));
            loop.setHasRejectionToWarn(true);
        }
    }

    /** promises.js processPromiseRejections. */
    @Override
    public boolean processPromiseRejections() {
        boolean maybeScheduledTicksOrMicrotasks = !asyncHandledRejections.isEmpty();
        while (!asyncHandledRejections.isEmpty()) {
            AsyncHandledRejection handled = asyncHandledRejections.poll();
            loop.tracer().emit(Kind.REJECTION_HANDLED, ((JsPromise) handled.promise()).traceId, null);
            if (!host.emit("rejectionHandled", handled.promise())) {
                warnings.emitWarning(handled.warning());
            }
        }
        // Rejections raised from here on (in a listener) wait for the next round of the drain's loop.
        Map<JsObject, PromiseInfo> pending = pendingUnhandledRejections;
        pendingUnhandledRejections = new LinkedHashMap<>();
        for (Map.Entry<JsObject, PromiseInfo> entry : pending.entrySet()) {
            JsObject promise = entry.getKey();
            PromiseInfo info = entry.getValue();
            maybeUnhandledPromises.put(promise, info);
            info.warned = true;
            loop.tracer().emit(Kind.UNHANDLED_REJECTION, ((JsPromise) promise).traceId, null);
            switch (mode) {
                case THROW -> throwUnhandledRejectionsMode(promise, info);
                case STRICT -> strictUnhandledRejectionsMode(promise, info);
                case WARN -> alwaysWarnUnhandledRejectionsMode(promise, info);
                case NONE -> ignoreUnhandledRejectionsMode(promise, info);
                case WARN_WITH_ERROR_CODE -> warnWithErrorCodeUnhandledRejectionsMode(promise, info);
            }
            maybeScheduledTicksOrMicrotasks = true;
        }
        return maybeScheduledTicksOrMicrotasks || !pendingUnhandledRejections.isEmpty();
    }

    /** promises.js emitUnhandledRejection: true if a listener heard it. */
    private boolean emitUnhandledRejection(JsObject promise, PromiseInfo info) {
        return host.emit("unhandledRejection", info.reason, promise);
    }

    /** --unhandled-rejections=throw (the default): the event; unheard, an uncaught exception. */
    private void throwUnhandledRejectionsMode(JsObject promise, PromiseInfo info) {
        if (!emitUnhandledRejection(promise, info)) {
            triggerUncaughtException(info.reason, THROW_MODE);
        }
    }

    /** --unhandled-rejections=strict: an uncaught exception first; if handled, the event; unheard, a warning. */
    private void strictUnhandledRejectionsMode(JsObject promise, PromiseInfo info) {
        triggerUncaughtException(info.reason, STRICT_MODE);
        if (!emitUnhandledRejection(promise, info)) {
            emitUnhandledRejectionWarning(info);
        }
    }

    /** --unhandled-rejections=warn: the event, then the warning. */
    private void alwaysWarnUnhandledRejectionsMode(JsObject promise, PromiseInfo info) {
        emitUnhandledRejection(promise, info);
        emitUnhandledRejectionWarning(info);
    }

    /** --unhandled-rejections=none: the event only. */
    private void ignoreUnhandledRejectionsMode(JsObject promise, PromiseInfo info) {
        emitUnhandledRejection(promise, info);
    }

    /** --unhandled-rejections=warn-with-error-code: the event; unheard, the warning and exit code 1. */
    private void warnWithErrorCodeUnhandledRejectionsMode(JsObject promise, PromiseInfo info) {
        if (!emitUnhandledRejection(promise, info)) {
            emitUnhandledRejectionWarning(info);
            host.setExitCode(1);
        }
    }

    /** The reason itself if it is error-like, else an UnhandledPromiseRejection naming it, as an uncaught exception. */
    private void triggerUncaughtException(Object reason, RaiseSite site) {
        if (isErrorLike(reason)) {
            // An Error is reported where it was created; another error-like object where Node throws it.
            host.triggerUncaughtException(reason, true, reason instanceof JsError ? null : site.trigger());
        } else {
            host.triggerUncaughtException(unhandledPromiseRejection(reason, site), true, site.newError());
        }
    }

    /** promises.js isErrorLike: an object with an own {@code stack}. */
    static boolean isErrorLike(Object value) {
        return value instanceof JsObject o && o.getOwnProperty("stack") != null;
    }

    /** promises.js emitUnhandledRejectionWarning: the reason (its stack if error-like), then the explanation. */
    private void emitUnhandledRejectionWarning(PromiseInfo info) {
        JsObject warning = realm.newError(
                realm.errorPrototype,
                "Unhandled promise rejection. This error originated either by throwing inside of an async function"
                        + " without a catch block, or by rejecting a promise which was not handled with .catch()."
                        + " To terminate the node process on unhandled promise rejection, use the CLI flag"
                        + " `--unhandled-rejections=strict` (see"
                        + " https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: "
                        + info.uid + ")");
        warning.set("name", "UnhandledPromiseRejectionWarning");
        String reasonText;
        if (isErrorLike(info.reason)) {
            Object stack = ((JsObject) info.reason).get("stack");
            warning.set("stack", stack);
            reasonText = Operations.toString(realm, stack);
        } else {
            reasonText = NoSideEffectsToString.noSideEffectsToString(realm, info.reason);
        }
        warnings.emitWarning(warnings.createWarningObject(reasonText, "UnhandledPromiseRejectionWarning"));
        warnings.emitWarning(warning);
    }

    /** promises.js PromiseRejectionHandledWarning, made when the late handler is attached. */
    private JsObject promiseRejectionHandledWarning(int uid) {
        JsObject warning = realm.newError(
                realm.errorPrototype, "Promise rejection was handled asynchronously (rejection id: " + uid + ")");
        warning.set("name", "PromiseRejectionHandledWarning");
        warning.set("id", (double) uid);
        return warning;
    }

    /** promises.js UnhandledPromiseRejection: the error raised for a reason that is not error-like. */
    private JsObject unhandledPromiseRejection(Object reason, RaiseSite site) {
        String message = "This error originated either by throwing inside of an async function without a catch block,"
                + " or by rejecting a promise which was not handled with .catch(). The promise rejected with the"
                + " reason \"" + NoSideEffectsToString.noSideEffectsToString(realm, reason) + "\".";
        JsObject error = realm.newError(unhandledPromiseRejectionPrototype(), message);
        error.set("code", "ERR_UNHANDLED_REJECTION");
        error.set("name", "UnhandledPromiseRejection");
        // Node raises it inside its own rejection processing, and its stack says so.
        error.defineOwn(
                "stack",
                "UnhandledPromiseRejection: " + message
                        + "\n    at " + site.frame()
                        + "\n    at processPromiseRejections (node:internal/process/promises:470:17)"
                        + "\n    at process.processTicksAndRejections (node:internal/process/task_queues:96:32)",
                Property.HIDDEN);
        return error;
    }

    /** UnhandledPromiseRejection.prototype: a subclass of Error, made the first time one is raised. */
    private JsObject unhandledPromiseRejectionPrototype() {
        if (unhandledPromiseRejectionPrototype == null) {
            unhandledPromiseRejectionPrototype = new JsObject(realm.errorPrototype);
            unhandledPromiseRejectionPrototype.defineOwn(
                    "constructor",
                    realm.function("UnhandledPromiseRejection", 1, (t, a, n) -> {
                        throw realm.typeError(
                                "Class constructor UnhandledPromiseRejection cannot be invoked without 'new'");
                    }),
                    Property.HIDDEN);
        }
        return unhandledPromiseRejectionPrototype;
    }
}
