package dev.loopsim.js.builtins;

import static dev.loopsim.js.builtins.CoreBuiltins.arg;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;

/**
 * The Reflect namespace (ECMA-262 §28.1): the object internal methods as functions, each returning the
 * boolean the internal method returns instead of throwing.
 */
public final class ReflectBuiltins {
    private ReflectBuiltins() {}

    public static void install(Realm realm) {
        JsObject reflect = realm.newObject();
        reflect.defineOwn(JsSymbol.TO_STRING_TAG, "Reflect", Property.CONFIGURABLE);
        realm.globalObject.defineOwn("Reflect", reflect, Property.HIDDEN);

        // ECMA-262 §28.1.1 Reflect.apply
        realm.method(reflect, "apply", 3, (t, a, n) -> {
            Object target = arg(a, 0);
            if (!(target instanceof JsFunction f)) {
                throw realm.typeError("Function.prototype.apply was called on " + ObjectBuiltins.display(target)
                        + ", which is " + article(target) + " and not a function");
            }
            return f.call(arg(a, 1), CoreBuiltins.listFromArrayLike(realm, arg(a, 2)));
        });
        // ECMA-262 §28.1.2 Reflect.construct
        realm.method(reflect, "construct", 2, (t, a, n) -> {
            Object target = arg(a, 0);
            if (!(target instanceof JsFunction f) || !f.isConstructor()) {
                throw realm.typeError(ObjectBuiltins.display(target) + " is not a constructor");
            }
            Object newTarget = a.length > 2 ? a[2] : target;
            if (!(newTarget instanceof JsFunction nt) || !nt.isConstructor()) {
                throw realm.typeError(ObjectBuiltins.display(newTarget) + " is not a constructor");
            }
            return f.construct(CoreBuiltins.listFromArrayLike(realm, arg(a, 1)), nt);
        });
        // ECMA-262 §28.1.3 Reflect.defineProperty
        realm.method(reflect, "defineProperty", 3, (t, a, n) -> {
            JsObject o = requireObject(realm, arg(a, 0), "defineProperty");
            Object key = Operations.toPropertyKey(realm, arg(a, 1));
            return ObjectBuiltins.defineOwnProperty(
                    realm, o, key, ObjectBuiltins.toPropertyDescriptor(realm, arg(a, 2)));
        });
        // ECMA-262 §28.1.4 Reflect.deleteProperty
        realm.method(reflect, "deleteProperty", 2, (t, a, n) -> requireObject(realm, arg(a, 0), "deleteProperty")
                .delete(Operations.toPropertyKey(realm, arg(a, 1))));
        // ECMA-262 §28.1.5 Reflect.get
        realm.method(reflect, "get", 2, (t, a, n) -> {
            JsObject o = requireObject(realm, arg(a, 0), "get");
            Object key = Operations.toPropertyKey(realm, arg(a, 1));
            return o.get(key, a.length > 2 ? a[2] : o);
        });
        // ECMA-262 §28.1.6 Reflect.getOwnPropertyDescriptor
        realm.method(reflect, "getOwnPropertyDescriptor", 2, (t, a, n) -> {
            JsObject o = requireObject(realm, arg(a, 0), "getOwnPropertyDescriptor");
            Object key = Operations.toPropertyKey(realm, arg(a, 1));
            return ObjectBuiltins.fromPropertyDescriptor(realm, o.getOwnProperty(key));
        });
        // ECMA-262 §28.1.7 Reflect.getPrototypeOf
        realm.method(reflect, "getPrototypeOf", 1, (t, a, n) -> {
            JsObject p = requireObject(realm, arg(a, 0), "getPrototypeOf").getPrototypeOf();
            return p == null ? JsNull.INSTANCE : p;
        });
        // ECMA-262 §28.1.8 Reflect.has
        realm.method(reflect, "has", 2, (t, a, n) -> requireObject(realm, arg(a, 0), "has")
                .hasProperty(Operations.toPropertyKey(realm, arg(a, 1))));
        // ECMA-262 §28.1.9 Reflect.isExtensible
        realm.method(reflect, "isExtensible", 1, (t, a, n) -> requireObject(realm, arg(a, 0), "isExtensible")
                .isExtensible());
        // ECMA-262 §28.1.10 Reflect.ownKeys
        realm.method(
                reflect,
                "ownKeys",
                1,
                (t, a, n) -> realm.newArray(
                        requireObject(realm, arg(a, 0), "ownKeys").ownPropertyKeys()));
        // ECMA-262 §28.1.11 Reflect.preventExtensions
        realm.method(reflect, "preventExtensions", 1, (t, a, n) -> requireObject(realm, arg(a, 0), "preventExtensions")
                .preventExtensions());
        // ECMA-262 §28.1.12 Reflect.set
        realm.method(reflect, "set", 3, (t, a, n) -> {
            JsObject o = requireObject(realm, arg(a, 0), "set");
            Object key = Operations.toPropertyKey(realm, arg(a, 1));
            return o.set(key, arg(a, 2), a.length > 3 ? a[3] : o);
        });
        // ECMA-262 §28.1.13 Reflect.setPrototypeOf
        realm.method(reflect, "setPrototypeOf", 2, (t, a, n) -> {
            JsObject o = requireObject(realm, arg(a, 0), "setPrototypeOf");
            return o.setPrototypeOf(ObjectBuiltins.requirePrototype(realm, arg(a, 1)));
        });
    }

    private static JsObject requireObject(Realm realm, Object value, String method) {
        if (value instanceof JsObject o) {
            return o;
        }
        throw realm.typeError("Reflect." + method + " called on non-object");
    }

    /** V8's "a number", "an object", … in Function.prototype.apply's message. */
    private static String article(Object value) {
        String type = dev.loopsim.js.value.Values.typeOf(value);
        if (value == JsNull.INSTANCE) {
            return "null";
        }
        return (type.startsWith("o") ? "an " : "a ") + type;
    }
}
