package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import java.util.List;
import java.util.function.Function;

/**
 * The promise abstract operations of ECMA-262 §27.2.1-2, step for step, so Node's tick counts come out
 * of the spec rather than out of special cases. Every job goes to {@link HostHooks#enqueueJob}, every
 * unhandled rejection to {@link HostHooks#promiseRejectionTracker}.
 */
public final class Promises {
    private Promises() {}

    /** ECMA-262 §27.2.1.1 PromiseCapability Record. */
    public record Capability(JsObject promise, Object resolve, Object reject) {}

    /**
     * ECMA-262 §27.2.1.2 PromiseReaction Record. {@code handler} is a script function, or null for
     * "empty" (pass the value on); {@code internal} replaces it for the engine's own reactions (await).
     */
    record Reaction(
            Capability capability,
            boolean fulfill,
            Object handler,
            Function<Object, Object> internal,
            HostHooks.JobKind kind) {}

    /** A new pending promise with %Promise.prototype%. */
    public static JsPromise newPromise(Realm realm) {
        return newPromise(realm, realm.promisePrototype);
    }

    /** A new pending promise with the given prototype, reported to the host. */
    public static JsPromise newPromise(Realm realm, JsObject prototype) {
        JsPromise promise = new JsPromise(prototype);
        realm.hooks().promiseCreated(promise);
        return promise;
    }

    /** ECMA-262 §27.2.1.3 CreateResolvingFunctions. */
    public static JsFunction[] createResolvingFunctions(Realm realm, JsPromise promise) {
        boolean[] alreadyResolved = {false};
        JsFunction resolve = realm.function("", 1, (t, args, nt) -> {
            if (!alreadyResolved[0]) {
                alreadyResolved[0] = true;
                resolvePromise(realm, promise, args.length > 0 ? args[0] : Undefined.INSTANCE);
            }
            return Undefined.INSTANCE;
        });
        JsFunction reject = realm.function("", 1, (t, args, nt) -> {
            if (!alreadyResolved[0]) {
                alreadyResolved[0] = true;
                rejectPromise(realm, promise, args.length > 0 ? args[0] : Undefined.INSTANCE);
            }
            return Undefined.INSTANCE;
        });
        return new JsFunction[] {resolve, reject};
    }

    /** ECMA-262 §27.2.1.3.2 Promise Resolve Functions, steps 7-16: adopt thenables through a job. */
    public static void resolvePromise(Realm realm, JsPromise promise, Object resolution) {
        if (resolution == promise) {
            rejectPromise(
                    realm,
                    promise,
                    realm.typeError("Chaining cycle detected for promise #<Promise>")
                            .value());
            return;
        }
        if (!(resolution instanceof JsObject object)) {
            fulfillPromise(realm, promise, resolution);
            return;
        }
        Object then;
        try {
            then = object.get("then");
        } catch (JsThrow e) {
            rejectPromise(realm, promise, e.value());
            return;
        }
        if (!(then instanceof JsFunction thenFunction)) {
            fulfillPromise(realm, promise, resolution);
            return;
        }
        realm.hooks()
                .enqueueJob(
                        HostHooks.JobKind.PROMISE_RESOLVE_THENABLE,
                        promise,
                        () -> newPromiseResolveThenableJob(realm, promise, object, thenFunction));
    }

    /** ECMA-262 §27.2.2.2 NewPromiseResolveThenableJob. */
    static void newPromiseResolveThenableJob(Realm realm, JsPromise promise, JsObject thenable, JsFunction then) {
        JsFunction[] resolving = createResolvingFunctions(realm, promise);
        try {
            then.call(thenable, new Object[] {resolving[0], resolving[1]});
        } catch (JsThrow e) {
            resolving[1].call(Undefined.INSTANCE, new Object[] {e.value()});
        }
    }

    /** ECMA-262 §27.2.1.4 FulfillPromise. */
    static void fulfillPromise(Realm realm, JsPromise promise, Object value) {
        List<Object> reactions = promise.fulfillReactions;
        promise.result = value;
        promise.fulfillReactions = null;
        promise.rejectReactions = null;
        promise.state = JsPromise.State.FULFILLED;
        realm.hooks().promiseSettled(promise);
        triggerPromiseReactions(realm, promise, reactions, value);
    }

    /** ECMA-262 §27.2.1.7 RejectPromise. */
    public static void rejectPromise(Realm realm, JsPromise promise, Object reason) {
        List<Object> reactions = promise.rejectReactions;
        promise.result = reason;
        promise.fulfillReactions = null;
        promise.rejectReactions = null;
        promise.state = JsPromise.State.REJECTED;
        realm.hooks().promiseSettled(promise);
        if (!promise.isHandled) {
            realm.hooks().promiseRejectionTracker(promise, false);
        }
        triggerPromiseReactions(realm, promise, reactions, reason);
    }

    /** ECMA-262 §27.2.1.8 TriggerPromiseReactions. */
    private static void triggerPromiseReactions(
            Realm realm, JsPromise promise, List<Object> reactions, Object argument) {
        for (Object r : reactions) {
            Reaction reaction = (Reaction) r;
            realm.hooks().enqueueJob(reaction.kind(), promise, () -> promiseReactionJob(realm, reaction, argument));
        }
    }

    /** ECMA-262 §27.2.2.1 NewPromiseReactionJob. */
    static void promiseReactionJob(Realm realm, Reaction reaction, Object argument) {
        Object handlerResult;
        boolean abrupt = false;
        if (reaction.internal() != null) {
            reaction.internal().apply(argument);
            return;
        }
        if (reaction.handler() == null) {
            handlerResult = argument;
            abrupt = !reaction.fulfill();
        } else {
            try {
                handlerResult = ((JsFunction) reaction.handler()).call(Undefined.INSTANCE, new Object[] {argument});
            } catch (JsThrow e) {
                handlerResult = e.value();
                abrupt = true;
            }
        }
        Capability c = reaction.capability();
        if (c == null) {
            return;
        }
        Operations.call(realm, abrupt ? c.reject() : c.resolve(), Undefined.INSTANCE, new Object[] {handlerResult});
    }

    /** ECMA-262 §27.2.5.4.1 PerformPromiseThen with script handlers (non-callables mean "pass on"). */
    public static Object performPromiseThen(
            Realm realm, JsPromise promise, Object onFulfilled, Object onRejected, Capability capability) {
        Reaction fulfill = new Reaction(
                capability,
                true,
                Values.isCallable(onFulfilled) ? onFulfilled : null,
                null,
                HostHooks.JobKind.PROMISE_REACTION);
        Reaction reject = new Reaction(
                capability,
                false,
                Values.isCallable(onRejected) ? onRejected : null,
                null,
                HostHooks.JobKind.PROMISE_REACTION);
        addReactions(realm, promise, fulfill, reject);
        return capability == null ? Undefined.INSTANCE : capability.promise();
    }

    /** PerformPromiseThen with the engine's own continuations, as Await uses (no result promise). */
    public static void performPromiseThen(
            Realm realm,
            JsPromise promise,
            HostHooks.JobKind kind,
            Function<Object, Object> onFulfilled,
            Function<Object, Object> onRejected) {
        addReactions(
                realm,
                promise,
                new Reaction(null, true, null, onFulfilled, kind),
                new Reaction(null, false, null, onRejected, kind));
    }

    private static void addReactions(Realm realm, JsPromise promise, Reaction fulfill, Reaction reject) {
        switch (promise.state) {
            case PENDING -> {
                promise.fulfillReactions.add(fulfill);
                promise.rejectReactions.add(reject);
            }
            case FULFILLED -> {
                Object value = promise.result;
                realm.hooks().enqueueJob(fulfill.kind(), promise, () -> promiseReactionJob(realm, fulfill, value));
            }
            case REJECTED -> {
                Object reason = promise.result;
                if (!promise.isHandled) {
                    realm.hooks().promiseRejectionTracker(promise, true);
                }
                realm.hooks().enqueueJob(reject.kind(), promise, () -> promiseReactionJob(realm, reject, reason));
            }
        }
        promise.isHandled = true;
    }

    /** ECMA-262 §27.2.1.5 NewPromiseCapability(C). */
    public static Capability newPromiseCapability(Realm realm, Object constructor) {
        if (constructor == realm.promiseConstructor()) {
            JsPromise promise = newPromise(realm);
            JsFunction[] resolving = createResolvingFunctions(realm, promise);
            return new Capability(promise, resolving[0], resolving[1]);
        }
        if (!(constructor instanceof JsFunction c) || !c.isConstructor()) {
            throw realm.typeError("Promise resolve or reject function is not callable");
        }
        Object[] slots = {Undefined.INSTANCE, Undefined.INSTANCE};
        NativeFunction executor = realm.function("", 2, (t, args, nt) -> {
            if (slots[0] != Undefined.INSTANCE || slots[1] != Undefined.INSTANCE) {
                throw realm.typeError("Promise executor has already been invoked with non-undefined arguments");
            }
            slots[0] = args.length > 0 ? args[0] : Undefined.INSTANCE;
            slots[1] = args.length > 1 ? args[1] : Undefined.INSTANCE;
            return Undefined.INSTANCE;
        });
        Object promise = c.construct(new Object[] {executor}, c);
        if (!Values.isCallable(slots[0]) || !Values.isCallable(slots[1])) {
            throw realm.typeError("Promise resolve or reject function is not callable");
        }
        return new Capability((JsObject) promise, slots[0], slots[1]);
    }

    /** ECMA-262 §27.2.4.7.1 PromiseResolve(C, x): x itself when it is a promise made by C. */
    public static JsObject promiseResolve(Realm realm, Object constructor, Object x) {
        if (x instanceof JsPromise p && p.get("constructor") == constructor) {
            return p;
        }
        Capability c = newPromiseCapability(realm, constructor);
        Operations.call(realm, c.resolve(), Undefined.INSTANCE, new Object[] {x});
        return c.promise();
    }
}
