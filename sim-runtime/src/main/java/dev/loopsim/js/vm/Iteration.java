package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import java.util.function.Consumer;

/** The iterator protocol (ECMA-262 §7.4): getting iterators, stepping them, closing them. */
final class Iteration {
    private Iteration() {}

    private static final Object[] NO_ARGS = new Object[0];

    /** ECMA-262 Iterator Record: the iterator and its next method, read once. */
    record Record(Object iterator, Object next) {}

    /** ECMA-262 §7.4.3 GetIterator(obj, sync). */
    static Record getIterator(Realm realm, Object iterable) {
        return getIterator(realm, iterable, null);
    }

    /** GetIterator for spread, for-of and destructuring: V8 names the iterable by its source text. */
    static Record getIterator(Realm realm, Object iterable, String sourceText) {
        Object method =
                Values.isNullish(iterable) ? Undefined.INSTANCE : Operations.getV(realm, iterable, JsSymbol.ITERATOR);
        if (!Values.isCallable(method)) {
            throw realm.typeError((sourceText != null ? sourceText : describe(realm, iterable)) + " is not iterable");
        }
        return fromMethod(realm, iterable, method);
    }

    private static Record fromMethod(Realm realm, Object iterable, Object method) {
        Object iterator = Operations.call(realm, method, iterable, NO_ARGS);
        if (!(iterator instanceof JsObject o)) {
            throw realm.typeError("Result of the Symbol.iterator method is not an object");
        }
        return new Record(o, o.get("next"));
    }

    /** GetIterator(obj, async): Symbol.asyncIterator, else the sync iterator wrapped for await. */
    static Record getAsyncIterator(Realm realm, Object iterable, String sourceText) {
        Object method = Values.isNullish(iterable)
                ? Undefined.INSTANCE
                : Operations.getV(realm, iterable, JsSymbol.ASYNC_ITERATOR);
        if (Values.isNullish(method)) {
            Record sync = getIterator(realm, iterable, sourceText);
            return AsyncFromSyncIterator.create(realm, sync);
        }
        if (!Values.isCallable(method)) {
            throw realm.typeError(
                    (sourceText != null ? sourceText : describe(realm, iterable)) + " is not async iterable");
        }
        Object iterator = Operations.call(realm, method, iterable, NO_ARGS);
        if (!(iterator instanceof JsObject o)) {
            throw realm.typeError("Result of the Symbol.asyncIterator method is not an object");
        }
        return new Record(o, o.get("next"));
    }

    private static String describe(Realm realm, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof JsObject o && !(o instanceof dev.loopsim.js.value.JsFunction)) {
            return "object";
        }
        return Operations.toDisplay(value);
    }

    /** Steps the iterator until done, handing each value to {@code each}. */
    static void drain(Realm realm, Record r, Consumer<Object> each) {
        while (true) {
            Object result = Operations.call(realm, r.next(), r.iterator(), NO_ARGS);
            if (!(result instanceof JsObject o)) {
                throw realm.typeError("Iterator result " + Operations.toDisplay(result) + " is not an object");
            }
            if (Values.toBoolean(o.get("done"))) {
                return;
            }
            each.accept(o.get("value"));
        }
    }

    /** Iterates any iterable (spread, Array.from, Promise.all, …). */
    static void forEach(Realm realm, Object iterable, Consumer<Object> each) {
        drain(realm, getIterator(realm, iterable), each);
    }

    /** ECMA-262 §7.4.11 IteratorClose; {@code quietly} when an exception is already on its way. */
    static void close(Realm realm, Object iterator, boolean quietly) {
        Object result;
        try {
            Object method = Operations.getMethod(realm, iterator, "return");
            if (method == Undefined.INSTANCE) {
                return;
            }
            result = Operations.call(realm, method, iterator, NO_ARGS);
        } catch (JsThrow e) {
            if (quietly) {
                return;
            }
            throw e;
        }
        if (!quietly && !(result instanceof JsObject)) {
            throw realm.typeError("Iterator result " + Operations.toDisplay(result) + " is not an object");
        }
    }
}
