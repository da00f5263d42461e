package dev.loopsim.host;

import dev.loopsim.js.builtins.NodeErrors;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import dev.loopsim.loop.EventLoop;
import java.util.Arrays;

/**
 * setTimeout, setInterval, setImmediate and their clear functions (lib/timers.js), returning Timeout and
 * Immediate objects with ref/unref/hasRef/refresh, on the event loop's virtual clock.
 */
final class Timers {
    private Timers() {}

    /** A Timeout object: what setTimeout returns, holding the loop's timer. */
    static final class Timeout extends JsObject {
        final EventLoop.Timer timer;
        final double id;

        Timeout(JsObject prototype, EventLoop.Timer timer, double id) {
            super(prototype);
            this.timer = timer;
            this.id = id;
        }

        @Override
        public String className() {
            return "Timeout";
        }
    }

    static final class ImmediateObject extends JsObject {
        final EventLoop.Immediate immediate;

        ImmediateObject(JsObject prototype, EventLoop.Immediate immediate) {
            super(prototype);
            this.immediate = immediate;
        }

        @Override
        public String className() {
            return "Immediate";
        }
    }

    static void install(Realm realm, EventLoop loop, ProcessWarnings warnings) {
        JsObject timeoutPrototype = realm.newObject();
        JsObject immediatePrototype = realm.newObject();
        java.util.Map<Double, Timeout> byId = new java.util.HashMap<>();

        // What t.constructor.name says: Node's classes in lib/internal/timers.js.
        for (JsObject prototype : new JsObject[] {timeoutPrototype, immediatePrototype}) {
            String name = prototype == timeoutPrototype ? "Timeout" : "Immediate";
            JsFunction constructor = realm.function(name, 0, (t, a, n) -> {
                throw realm.typeError("Illegal constructor");
            });
            constructor.defineOwn("prototype", prototype, 0);
            prototype.defineOwn("constructor", constructor, Property.HIDDEN);
        }
        realm.method(timeoutPrototype, "ref", 0, (t, a, n) -> {
            ((Timeout) t).timer.ref = true;
            return t;
        });
        realm.method(timeoutPrototype, "unref", 0, (t, a, n) -> {
            ((Timeout) t).timer.ref = false;
            return t;
        });
        realm.method(timeoutPrototype, "hasRef", 0, (t, a, n) -> ((Timeout) t).timer.ref);
        realm.method(timeoutPrototype, "refresh", 0, (t, a, n) -> {
            loop.refreshTimer(((Timeout) t).timer);
            return t;
        });
        realm.method(timeoutPrototype, "close", 0, (t, a, n) -> {
            loop.clearTimer(((Timeout) t).timer);
            return t;
        });
        timeoutPrototype.defineOwn(
                JsSymbol.TO_PRIMITIVE,
                realm.function("[Symbol.toPrimitive]", 0, (t, a, n) -> ((Timeout) t).id),
                Property.HIDDEN);
        realm.method(immediatePrototype, "ref", 0, (t, a, n) -> {
            ((ImmediateObject) t).immediate.ref = true;
            return t;
        });
        realm.method(immediatePrototype, "unref", 0, (t, a, n) -> {
            ((ImmediateObject) t).immediate.ref = false;
            return t;
        });
        realm.method(immediatePrototype, "hasRef", 0, (t, a, n) -> ((ImmediateObject) t).immediate.ref);

        for (boolean repeat : new boolean[] {false, true}) {
            String name = repeat ? "setInterval" : "setTimeout";
            realm.globalObject.defineOwn(
                    name,
                    realm.function(name, 2, (t, a, n) -> {
                        Object callback = a.length > 0 ? a[0] : Undefined.INSTANCE;
                        if (!(callback instanceof JsFunction f)) {
                            throw NodeErrors.invalidArgType(realm, "callback", "function", callback);
                        }
                        double after = a.length > 1 ? delay(realm, a[1]) : Double.NaN;
                        if (!(after >= 1 && after <= 2147483647)) {
                            if (after > 2147483647) {
                                warnings.emitWarning(
                                        Values.numberToString(after)
                                                + " does not fit into a 32-bit signed integer."
                                                + "\nTimeout duration was set to 1.",
                                        "TimeoutOverflowWarning",
                                        Undefined.INSTANCE);
                            }
                            after = 1; // lib/internal/timers.js: delays outside 1 … 2³¹−1 become 1
                        }
                        Object[] rest = a.length > 2 ? Arrays.copyOfRange(a, 2, a.length) : new Object[0];
                        Timeout[] self = new Timeout[1];
                        EventLoop.Timer timer = loop.addTimer(() -> f.call(self[0], rest), after, repeat);
                        self[0] = new Timeout(timeoutPrototype, timer, timer.id);
                        // Node's Timeout fields that scripts read (lib/internal/timers.js).
                        self[0].defineOwn("_idleTimeout", after, Property.DEFAULT);
                        self[0].defineOwn("_idleStart", (double) loop.now(), Property.DEFAULT);
                        self[0].defineOwn(
                                "_repeat",
                                repeat ? (Object) after : dev.loopsim.js.value.JsNull.INSTANCE,
                                Property.DEFAULT);
                        byId.put(self[0].id, self[0]);
                        return self[0];
                    }),
                    Property.HIDDEN);
        }
        for (String name : new String[] {"clearTimeout", "clearInterval"}) {
            realm.globalObject.defineOwn(
                    name,
                    realm.function(name, 1, (t, a, n) -> {
                        Object handle = a.length > 0 ? a[0] : Undefined.INSTANCE;
                        Timeout timeout =
                                handle instanceof Timeout h ? h : handle instanceof Double d ? byId.get(d) : null;
                        if (timeout != null) {
                            loop.clearTimer(timeout.timer);
                        }
                        return Undefined.INSTANCE;
                    }),
                    Property.HIDDEN);
        }
        realm.globalObject.defineOwn(
                "setImmediate",
                realm.function("setImmediate", 1, (t, a, n) -> {
                    Object callback = a.length > 0 ? a[0] : Undefined.INSTANCE;
                    if (!(callback instanceof JsFunction f)) {
                        throw NodeErrors.invalidArgType(realm, "callback", "function", callback);
                    }
                    Object[] rest = a.length > 1 ? Arrays.copyOfRange(a, 1, a.length) : new Object[0];
                    ImmediateObject[] self = new ImmediateObject[1];
                    EventLoop.Immediate immediate = loop.addImmediate(() -> f.call(self[0], rest));
                    self[0] = new ImmediateObject(immediatePrototype, immediate);
                    return self[0];
                }),
                Property.HIDDEN);
        realm.globalObject.defineOwn(
                "clearImmediate",
                realm.function("clearImmediate", 1, (t, a, n) -> {
                    if (a.length > 0 && a[0] instanceof ImmediateObject i) {
                        loop.clearImmediate(i.immediate);
                    }
                    return Undefined.INSTANCE;
                }),
                Property.HIDDEN);
    }

    /** lib/internal/timers.js coerces a delay with {@code after *= 1}: ToNumeric, and a BigInt does not mix. */
    private static double delay(Realm realm, Object after) {
        Object n = Operations.toNumeric(realm, after);
        if (n instanceof java.math.BigInteger) {
            throw realm.typeError("Cannot mix BigInt and other types, use explicit conversions");
        }
        return (Double) n;
    }
}
