package dev.loopsim.js.builtins;

import static dev.loopsim.js.builtins.CoreBuiltins.arg;

import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayList;
import java.util.List;

/**
 * The AggregateError constructor (ECMA-262 §20.5.7): an Error whose {@code errors} property lists the
 * values it aggregates, as Promise.any rejects with.
 */
public final class AggregateErrorBuiltins {
    private AggregateErrorBuiltins() {}

    public static void install(Realm realm) {
        JsObject proto = new JsObject(realm.errorPrototype);
        NativeFunction[] self = new NativeFunction[1];
        // ECMA-262 §20.5.7.1.1 AggregateError(errors, message[, options])
        self[0] = new NativeFunction(realm.functionPrototype, "AggregateError", 2, true, (t, a, nt) -> {
            JsObject target = nt != null ? nt : self[0];
            JsObject p = target.get("prototype") instanceof JsObject o ? o : proto;
            Object message = arg(a, 1);
            JsError e = realm.newError(p, message == Undefined.INSTANCE ? "" : Operations.toString(realm, message));
            if (message == Undefined.INSTANCE) {
                e.delete("message");
            }
            if (arg(a, 2) instanceof JsObject options && options.hasProperty("cause")) {
                e.defineOwn("cause", options.get("cause"), Property.HIDDEN);
            }
            List<Object> errors = new ArrayList<>();
            ObjectBuiltins.iterate(realm, arg(a, 0), errors::add);
            e.defineOwn("errors", realm.newArray(errors), Property.HIDDEN);
            return e;
        });
        NativeFunction aggregateError = self[0];
        aggregateError.defineOwn("prototype", proto, 0);
        if (realm.globalObject.get("Error") instanceof JsObject error) {
            aggregateError.setPrototypeOf(error);
        }
        proto.defineOwn("constructor", aggregateError, Property.HIDDEN);
        proto.defineOwn("name", "AggregateError", Property.HIDDEN);
        proto.defineOwn("message", "", Property.HIDDEN);
        realm.globalObject.defineOwn("AggregateError", aggregateError, Property.HIDDEN);
    }
}
