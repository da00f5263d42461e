package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Realm;

/**
 * Errors Node's own APIs throw (lib/internal/errors.js), with their {@code code} and wording, so that
 * host functions fail exactly as Node's do.
 */
public final class NodeErrors {
    private NodeErrors() {}

    /** ERR_INVALID_ARG_TYPE: {@code The "name" argument must be of type X. Received …}. */
    public static JsThrow invalidArgType(Realm realm, String name, String expected, Object actual) {
        JsThrow t = realm.typeError("The \"" + name + "\" argument must be of type " + expected + ". Received "
                + describeReceived(realm, actual));
        ((JsObject) t.value()).defineOwn("code", "ERR_INVALID_ARG_TYPE", Property.DEFAULT);
        return t;
    }

    /** How Node's errors describe a received value (determineSpecificType in lib/internal/errors.js). */
    public static String describeReceived(Realm realm, Object value) {
        if (Values.isNullish(value)) {
            return String.valueOf(value);
        }
        if (value instanceof JsFunction f) {
            return "function " + f.debugName();
        }
        if (value instanceof JsObject o) {
            Object constructor = o.get("constructor");
            if (constructor instanceof JsFunction c && !c.debugName().isEmpty()) {
                return "an instance of " + c.debugName();
            }
            return Inspect.inspect(realm, value, new Inspect.Options(-1, false, 3, 80, false));
        }
        String inspected = Inspect.inspect(realm, value);
        if (inspected.length() > 28) {
            inspected = inspected.substring(0, 25) + "...";
        }
        return "type " + Values.typeOf(value) + " (" + inspected + ")";
    }
}
