package dev.loopsim.host;

import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.Realm;

/**
 * V8's Object::NoSideEffectsToString, which Node uses to name a rejection reason in its warnings and in
 * UnhandledPromiseRejection: text for any value without running a getter or a user's toString.
 */
final class NoSideEffectsToString {
    private NoSideEffectsToString() {}

    /** V8 Object::NoSideEffectsToString. */
    static String noSideEffectsToString(Realm realm, Object value) {
        return switch (value) {
            case String s -> s;
            case Double d -> Values.numberToString(d);
            case java.math.BigInteger b -> b.toString();
            case Boolean b -> b.toString();
            case JsSymbol s -> s.toString();
            case Undefined u -> "undefined";
            case JsNull n -> "null";
            case JsFunction f -> functionSourceText(realm, f);
            case JsObject o -> receiverToString(realm, o);
            default -> String.valueOf(value);
        };
    }

    private static String functionSourceText(Realm realm, JsFunction f) {
        Object toString = getDataProperty(realm.functionPrototype, "toString");
        return toString instanceof JsFunction t ? String.valueOf(t.call(f, new Object[0])) : "function";
    }

    /** The JSReceiver branch: errors by name and message, plain objects by constructor, the rest by tag. */
    private static String receiverToString(Realm realm, JsObject o) {
        Object toString = getDataProperty(o, "toString");
        if (o instanceof JsError
                || (toString != null && toString == getDataProperty(realm.errorPrototype, "toString"))) {
            return noSideEffectsErrorToString(o);
        }
        if (toString != null && toString == getDataProperty(realm.objectPrototype, "toString")) {
            if (getDataProperty(o, "constructor") instanceof JsFunction constructor
                    && !constructor.debugName().isEmpty()) {
                return "#<" + constructor.debugName() + ">";
            }
        }
        Object tag = getDataProperty(o, JsSymbol.TO_STRING_TAG);
        return "[object " + (tag instanceof String s ? s : o.className()) + "]";
    }

    /** V8 NoSideEffectsErrorToString: Error.prototype.toString's steps, reading only data properties. */
    private static String noSideEffectsErrorToString(JsObject error) {
        String name = getDataProperty(error, "name") instanceof String s ? s : "Error";
        String message = getDataProperty(error, "message") instanceof String s ? s : "";
        if (name.isEmpty()) {
            return message;
        }
        return message.isEmpty() ? name : name + ": " + message;
    }

    /** V8 JSReceiver::GetDataProperty: the value found along the prototype chain, null for an accessor. */
    private static Object getDataProperty(JsObject o, Object key) {
        for (JsObject p = o; p != null; p = p.getPrototypeOf()) {
            Property property = p.getOwnProperty(key);
            if (property != null) {
                return property.isAccessor() ? null : property.value();
            }
        }
        return null;
    }
}
