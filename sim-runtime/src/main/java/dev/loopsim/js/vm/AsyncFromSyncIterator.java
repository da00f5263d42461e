package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;

/** ECMA-262 §27.1.4 CreateAsyncFromSyncIterator: a sync iterator seen through promises, for {@code for await}. */
final class AsyncFromSyncIterator {
    private AsyncFromSyncIterator() {}

    private static final Object[] NO_ARGS = new Object[0];

    static Iteration.Record create(Realm realm, Iteration.Record sync) {
        JsObject wrapper = realm.newObject();
        JsFunction next = realm.function("next", 1, (t, a, n) -> {
            Promises.Capability c = Promises.newPromiseCapability(realm, realm.promiseConstructor());
            try {
                Object result = Operations.call(
                        realm, sync.next(), sync.iterator(), a.length > 0 ? new Object[] {a[0]} : NO_ARGS);
                if (!(result instanceof JsObject r)) {
                    throw realm.typeError("Iterator result " + Operations.toDisplay(result) + " is not an object");
                }
                boolean done = Values.toBoolean(r.get("done"));
                Object value = r.get("value");
                // ECMA-262 §27.1.4.4 AsyncFromSyncIteratorContinuation.
                JsObject valueWrapper = Promises.promiseResolve(realm, realm.promiseConstructor(), value);
                JsFunction unwrap =
                        realm.function("", 1, (t2, a2, n2) -> Generators.iterResult(realm, Generators.arg(a2), done));
                Promises.performPromiseThen(
                        realm, (dev.loopsim.js.value.JsPromise) valueWrapper, unwrap, Undefined.INSTANCE, c);
            } catch (JsThrow e) {
                Operations.call(realm, c.reject(), Undefined.INSTANCE, new Object[] {e.value()});
            }
            return c.promise();
        });
        realm.method(wrapper, "return", 1, (t, a, n) -> {
            Iteration.close(realm, sync.iterator(), false);
            return Promises.promiseResolve(
                    realm, realm.promiseConstructor(), Generators.iterResult(realm, Generators.arg(a), true));
        });
        return new Iteration.Record(wrapper, next);
    }
}
