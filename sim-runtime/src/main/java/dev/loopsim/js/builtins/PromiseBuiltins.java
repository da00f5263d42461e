package dev.loopsim.js.builtins;

import static dev.loopsim.js.builtins.CoreBuiltins.arg;

import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Promises;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayList;
import java.util.List;

/**
 * The Promise constructor, prototype and combinators (ECMA-262 §27.2.3-5), written over
 * {@link Promises} so that subclassing, species and thenable adoption cost the ticks Node shows.
 */
public final class PromiseBuiltins {
    private PromiseBuiltins() {}

    public static void install(Realm realm) {
        JsObject proto = realm.promisePrototype;
        NativeFunction[] self = new NativeFunction[1];
        NativeFunction promise = new NativeFunction(realm.functionPrototype, "Promise", 1, true, (t, a, nt) -> {
            if (nt == null) {
                throw realm.typeError("Promise constructor cannot be invoked without 'new'");
            }
            Object executor = arg(a, 0);
            if (!(executor instanceof JsFunction e)) {
                throw realm.typeError("Promise resolver " + Operations.toDisplay(executor) + " is not a function");
            }
            Object protoValue = nt.get("prototype");
            JsPromise p = Promises.newPromise(realm, protoValue instanceof JsObject o ? o : proto);
            JsFunction[] resolving = Promises.createResolvingFunctions(realm, p);
            try {
                e.call(Undefined.INSTANCE, new Object[] {resolving[0], resolving[1]});
            } catch (JsThrow thrown) {
                resolving[1].call(Undefined.INSTANCE, new Object[] {thrown.value()});
            }
            return p;
        });
        self[0] = promise;
        promise.defineOwn("prototype", proto, 0);
        proto.defineOwn("constructor", promise, Property.HIDDEN);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "Promise", Property.CONFIGURABLE);
        promise.defineAccessor(
                JsSymbol.SPECIES,
                realm.function("get [Symbol.species]", 0, (t, a, n) -> t),
                null,
                Property.CONFIGURABLE);
        realm.globalObject.defineOwn("Promise", promise, Property.HIDDEN);
        realm.setPromiseConstructor(promise);

        realm.method(proto, "then", 2, (t, a, n) -> {
            JsPromise p = thisPromise(realm, t, "then");
            Object c = speciesConstructor(realm, p, promise);
            Promises.Capability capability = Promises.newPromiseCapability(realm, c);
            return Promises.performPromiseThen(realm, p, arg(a, 0), arg(a, 1), capability);
        });
        realm.method(proto, "catch", 1, (t, a, n) -> invoke(realm, t, "then", Undefined.INSTANCE, arg(a, 0)));
        realm.method(proto, "finally", 1, (t, a, n) -> promiseFinally(realm, t, arg(a, 0), promise));

        realm.method(promise, "resolve", 1, (t, a, n) -> {
            if (!(t instanceof JsObject)) {
                throw realm.typeError("PromiseResolve called on non-object");
            }
            return Promises.promiseResolve(realm, t, arg(a, 0));
        });
        realm.method(promise, "reject", 1, (t, a, n) -> {
            Promises.Capability c = Promises.newPromiseCapability(realm, t);
            Operations.call(realm, c.reject(), Undefined.INSTANCE, new Object[] {arg(a, 0)});
            return c.promise();
        });
        realm.method(promise, "withResolvers", 0, (t, a, n) -> {
            Promises.Capability c = Promises.newPromiseCapability(realm, t);
            JsObject result = realm.newObject();
            result.set("promise", c.promise());
            result.set("resolve", c.resolve());
            result.set("reject", c.reject());
            return result;
        });
        realm.method(promise, "all", 1, (t, a, n) -> combinator(realm, t, arg(a, 0), Kind.ALL));
        realm.method(promise, "allSettled", 1, (t, a, n) -> combinator(realm, t, arg(a, 0), Kind.ALL_SETTLED));
        realm.method(promise, "any", 1, (t, a, n) -> combinator(realm, t, arg(a, 0), Kind.ANY));
        realm.method(promise, "race", 1, (t, a, n) -> combinator(realm, t, arg(a, 0), Kind.RACE));
    }

    private static JsPromise thisPromise(Realm realm, Object t, String method) {
        if (t instanceof JsPromise p) {
            return p;
        }
        throw realm.typeError(
                "Method Promise.prototype." + method + " called on incompatible receiver " + Operations.toDisplay(t));
    }

    private static Object invoke(Realm realm, Object target, String method, Object... args) {
        return Operations.call(realm, Operations.getV(realm, target, method), target, args);
    }

    /** ECMA-262 §7.3.22 SpeciesConstructor. */
    static Object speciesConstructor(Realm realm, JsObject o, Object defaultConstructor) {
        Object c = o.get("constructor");
        if (c == Undefined.INSTANCE) {
            return defaultConstructor;
        }
        if (!(c instanceof JsObject co)) {
            throw realm.typeError("The .constructor property is not an object");
        }
        Object s = co.get(JsSymbol.SPECIES);
        if (Values.isNullish(s)) {
            return defaultConstructor;
        }
        if (s instanceof JsFunction f && f.isConstructor()) {
            return s;
        }
        throw realm.typeError("object.constructor[Symbol.species] is not a constructor");
    }

    /** ECMA-262 §27.2.5.3 Promise.prototype.finally with thenFinally/catchFinally. */
    private static Object promiseFinally(Realm realm, Object t, Object onFinally, JsFunction promise) {
        if (!(t instanceof JsObject p)) {
            throw realm.typeError("Promise.prototype.finally called on a non-object");
        }
        Object c = speciesConstructor(realm, p, promise);
        if (!(onFinally instanceof JsFunction f)) {
            return invoke(realm, p, "then", onFinally, onFinally);
        }
        JsFunction thenFinally = realm.function("", 1, (t2, a, n) -> {
            Object value = arg(a, 0);
            Object result = f.call(Undefined.INSTANCE, new Object[0]);
            JsObject resolved = Promises.promiseResolve(realm, c, result);
            JsFunction valueThunk = realm.function("", 0, (t3, a3, n3) -> value);
            return invoke(realm, resolved, "then", valueThunk);
        });
        JsFunction catchFinally = realm.function("", 1, (t2, a, n) -> {
            Object reason = arg(a, 0);
            Object result = f.call(Undefined.INSTANCE, new Object[0]);
            JsObject resolved = Promises.promiseResolve(realm, c, result);
            JsFunction thrower = realm.function("", 0, (t3, a3, n3) -> {
                throw new JsThrow(reason);
            });
            return invoke(realm, resolved, "then", thrower);
        });
        return invoke(realm, p, "then", thenFinally, catchFinally);
    }

    enum Kind {
        ALL,
        ALL_SETTLED,
        ANY,
        RACE
    }

    /**
     * ECMA-262 §27.2.4.1-5 Promise.all/allSettled/any/race: iterate, resolve each input through C.resolve,
     * attach the per-element functions, and settle once the remaining count reaches zero.
     */
    private static Object combinator(Realm realm, Object c, Object iterable, Kind kind) {
        Promises.Capability capability = Promises.newPromiseCapability(realm, c);
        try {
            Object resolveMethod = Operations.getV(realm, c, "resolve");
            if (!(resolveMethod instanceof JsFunction)) {
                throw realm.typeError("Promise resolve or reject function is not callable");
            }
            List<Object> values = new ArrayList<>();
            int[] remaining = {1};
            int[] index = {0};
            Object[] iterator = {null};
            try {
                forEachValue(realm, iterable, iterator, next -> {
                    int i = index[0]++;
                    values.add(Undefined.INSTANCE);
                    Object nextPromise = Operations.call(realm, resolveMethod, c, new Object[] {next});
                    remaining[0]++;
                    boolean[] called = {false};
                    Object onFulfilled;
                    Object onRejected;
                    switch (kind) {
                        case ALL -> {
                            onFulfilled = element(realm, called, v -> {
                                values.set(i, v);
                                if (--remaining[0] == 0) {
                                    resolveWith(realm, capability, realm.newArray(values));
                                }
                            });
                            onRejected = capability.reject();
                        }
                        case ALL_SETTLED -> {
                            onFulfilled = element(realm, called, v -> {
                                values.set(i, settled(realm, "fulfilled", "value", v));
                                if (--remaining[0] == 0) {
                                    resolveWith(realm, capability, realm.newArray(values));
                                }
                            });
                            onRejected = element(realm, called, r -> {
                                values.set(i, settled(realm, "rejected", "reason", r));
                                if (--remaining[0] == 0) {
                                    resolveWith(realm, capability, realm.newArray(values));
                                }
                            });
                        }
                        case ANY -> {
                            onFulfilled = capability.resolve();
                            onRejected = element(realm, called, r -> {
                                values.set(i, r);
                                if (--remaining[0] == 0) {
                                    rejectWithAggregate(realm, capability, values);
                                }
                            });
                        }
                        default -> {
                            onFulfilled = capability.resolve();
                            onRejected = capability.reject();
                        }
                    }
                    invoke(realm, nextPromise, "then", onFulfilled, onRejected);
                });
            } catch (JsThrow e) {
                if (iterator[0] != null) {
                    closeQuietly(realm, iterator[0]);
                }
                throw e;
            }
            if (kind != Kind.RACE && --remaining[0] == 0) {
                if (kind == Kind.ANY) {
                    rejectWithAggregate(realm, capability, values);
                } else {
                    resolveWith(realm, capability, realm.newArray(values));
                }
            }
        } catch (JsThrow e) {
            Operations.call(realm, capability.reject(), Undefined.INSTANCE, new Object[] {e.value()});
        }
        return capability.promise();
    }

    private static void closeQuietly(Realm realm, Object iterator) {
        try {
            Object method = Operations.getV(realm, iterator, "return");
            if (method instanceof JsFunction f) {
                f.call(iterator, new Object[0]);
            }
        } catch (JsThrow ignored) {
            // the original error wins (IfAbruptRejectPromise after IteratorClose)
        }
    }

    /** Walks an iterable, remembering the iterator so an abrupt element can close it. */
    private static void forEachValue(
            Realm realm, Object iterable, Object[] iteratorOut, java.util.function.Consumer<Object> each) {
        Object method =
                Values.isNullish(iterable) ? Undefined.INSTANCE : Operations.getV(realm, iterable, JsSymbol.ITERATOR);
        if (!(method instanceof JsFunction m)) {
            throw realm.typeError(ObjectBuiltins.notIterable(iterable));
        }
        Object iterator = m.call(iterable, new Object[0]);
        if (!(iterator instanceof JsObject it)) {
            throw realm.typeError("Result of the Symbol.iterator method is not an object");
        }
        Object next = it.get("next");
        while (true) {
            Object result = Operations.call(realm, next, it, new Object[0]);
            if (!(result instanceof JsObject r)) {
                throw realm.typeError("Iterator result " + Operations.toDisplay(result) + " is not an object");
            }
            if (Values.toBoolean(r.get("done"))) {
                return;
            }
            iteratorOut[0] = it;
            each.accept(r.get("value"));
            iteratorOut[0] = null;
        }
    }

    private static JsFunction element(Realm realm, boolean[] called, java.util.function.Consumer<Object> body) {
        return realm.function("", 1, (t, a, n) -> {
            if (!called[0]) {
                called[0] = true;
                body.accept(arg(a, 0));
            }
            return Undefined.INSTANCE;
        });
    }

    private static JsObject settled(Realm realm, String status, String key, Object value) {
        JsObject o = realm.newObject();
        o.set("status", status);
        o.set(key, value);
        return o;
    }

    private static void resolveWith(Realm realm, Promises.Capability capability, JsArray values) {
        Operations.call(realm, capability.resolve(), Undefined.INSTANCE, new Object[] {values});
    }

    private static void rejectWithAggregate(Realm realm, Promises.Capability capability, List<Object> errors) {
        Object aggregate = realm.globalObject.get("AggregateError");
        Object error;
        if (aggregate instanceof JsFunction f && f.isConstructor()) {
            error = f.construct(new Object[] {realm.newArray(errors), "All promises were rejected"}, f);
        } else {
            JsObject e = realm.newError(realm.errorPrototype, "All promises were rejected");
            e.defineOwn("errors", realm.newArray(errors), Property.HIDDEN);
            error = e;
        }
        Operations.call(realm, capability.reject(), Undefined.INSTANCE, new Object[] {error});
    }
}
