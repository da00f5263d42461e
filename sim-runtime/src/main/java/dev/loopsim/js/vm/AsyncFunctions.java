package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.Undefined;

/**
 * Async functions (ECMA-262 §27.7): the frame runs until an {@code await} suspends it; the awaited
 * promise's reaction job resumes it; its end settles the function's promise.
 */
final class AsyncFunctions {
    private AsyncFunctions() {}

    /** ECMA-262 §27.7.5.1 AsyncFunctionStart: returns the function's promise. */
    static Object start(Realm realm, Interpreter interpreter, Frame frame) {
        Promises.Capability capability = Promises.newPromiseCapability(realm, realm.promiseConstructor());
        startWith(realm, interpreter, frame, capability);
        return capability.promise();
    }

    /** ECMA-262 §27.7.5.2 AsyncBlockStart: runs the frame; its end settles {@code capability}. */
    static void startWith(Realm realm, Interpreter interpreter, Frame frame, Promises.Capability capability) {
        step(realm, interpreter, frame, capability, () -> interpreter.resume(frame));
    }

    /** Runs the frame one stretch; settles the promise when it ends, or waits when it awaits. */
    private static void step(
            Realm realm,
            Interpreter interpreter,
            Frame frame,
            Promises.Capability capability,
            java.util.function.Supplier<Object> run) {
        Object result;
        try {
            result = run.get();
        } catch (JsThrow e) {
            Operations.call(realm, capability.reject(), Undefined.INSTANCE, new Object[] {e.value()});
            return;
        }
        if (!frame.suspended) {
            Operations.call(realm, capability.resolve(), Undefined.INSTANCE, new Object[] {result});
            return;
        }
        await(
                realm,
                frame,
                result,
                value -> {
                    frame.push(value);
                    step(realm, interpreter, frame, capability, () -> interpreter.resume(frame));
                },
                reason -> step(realm, interpreter, frame, capability, () -> interpreter.throwInto(frame, reason)));
    }

    /**
     * ECMA-262 §27.7.5.3 Await: PromiseResolve(%Promise%, value), then continuations as its reactions.
     * A throwing {@code constructor} getter surfaces as a throw at the await.
     */
    static void await(
            Realm realm,
            Frame frame,
            Object value,
            java.util.function.Consumer<Object> onFulfilled,
            java.util.function.Consumer<Object> onRejected) {
        JsPromise promise;
        try {
            promise = (JsPromise) Promises.promiseResolve(realm, realm.promiseConstructor(), value);
        } catch (JsThrow e) {
            onRejected.accept(e.value()); // ? PromiseResolve: the throw happens at the await itself
            return;
        }
        String function = frame.template.name().isEmpty() ? "<anonymous>" : frame.template.name();
        realm.hooks().awaitSuspended(function, promise);
        Promises.performPromiseThen(
                realm,
                promise,
                HostHooks.JobKind.AWAIT_RESUMPTION,
                v -> {
                    realm.hooks().awaitResumed(function, promise);
                    onFulfilled.accept(v);
                    return null;
                },
                r -> {
                    realm.hooks().awaitResumed(function, promise);
                    onRejected.accept(r);
                    return null;
                });
    }
}
