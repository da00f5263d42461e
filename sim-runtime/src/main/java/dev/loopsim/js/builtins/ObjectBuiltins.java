package dev.loopsim.js.builtins;

import static dev.loopsim.js.builtins.CoreBuiltins.arg;

import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.PropertyDescriptor;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Object constructor's static methods and the rest of Object.prototype (ECMA-262 §20.1), plus the
 * descriptor conversions and the iteration helper that Reflect, the collections and AggregateError share.
 */
public final class ObjectBuiltins {
    private ObjectBuiltins() {}

    private static final Object[] NO_ARGS = new Object[0];

    public static void install(Realm realm) {
        JsObject object = (JsObject) realm.globalObject.get("Object");
        realm.method(object, "assign", 2, (t, a, n) -> assign(realm, a));
        realm.method(object, "create", 2, (t, a, n) -> create(realm, arg(a, 0), arg(a, 1)));
        realm.method(object, "defineProperty", 3, (t, a, n) -> {
            if (!(arg(a, 0) instanceof JsObject o)) {
                throw realm.typeError("Object.defineProperty called on non-object");
            }
            Object key = Operations.toPropertyKey(realm, arg(a, 1));
            definePropertyOrThrow(realm, o, key, toPropertyDescriptor(realm, arg(a, 2)));
            return o;
        });
        realm.method(object, "defineProperties", 2, (t, a, n) -> {
            if (!(arg(a, 0) instanceof JsObject o)) {
                throw realm.typeError("Object.defineProperties called on non-object");
            }
            return objectDefineProperties(realm, o, arg(a, 1));
        });
        realm.method(
                object,
                "entries",
                1,
                (t, a, n) -> realm.newArray(
                        enumerableOwnProperties(realm, Operations.toObject(realm, arg(a, 0)), "key+value")));
        realm.method(
                object,
                "keys",
                1,
                (t, a, n) ->
                        realm.newArray(enumerableOwnProperties(realm, Operations.toObject(realm, arg(a, 0)), "key")));
        realm.method(
                object,
                "values",
                1,
                (t, a, n) ->
                        realm.newArray(enumerableOwnProperties(realm, Operations.toObject(realm, arg(a, 0)), "value")));
        realm.method(object, "freeze", 1, (t, a, n) -> setIntegrityLevel(realm, arg(a, 0), true));
        realm.method(object, "seal", 1, (t, a, n) -> setIntegrityLevel(realm, arg(a, 0), false));
        realm.method(object, "preventExtensions", 1, (t, a, n) -> {
            if (arg(a, 0) instanceof JsObject o && !o.preventExtensions()) {
                throw realm.typeError("Cannot prevent extensions");
            }
            return arg(a, 0);
        });
        realm.method(object, "isFrozen", 1, (t, a, n) -> testIntegrityLevel(arg(a, 0), true));
        realm.method(object, "isSealed", 1, (t, a, n) -> testIntegrityLevel(arg(a, 0), false));
        realm.method(object, "isExtensible", 1, (t, a, n) -> arg(a, 0) instanceof JsObject o && o.isExtensible());
        realm.method(object, "fromEntries", 1, (t, a, n) -> fromEntries(realm, arg(a, 0)));
        realm.method(object, "getOwnPropertyDescriptor", 2, (t, a, n) -> {
            JsObject o = Operations.toObject(realm, arg(a, 0));
            return fromPropertyDescriptor(realm, o.getOwnProperty(Operations.toPropertyKey(realm, arg(a, 1))));
        });
        realm.method(object, "getOwnPropertyDescriptors", 1, (t, a, n) -> {
            JsObject o = Operations.toObject(realm, arg(a, 0));
            JsObject result = realm.newObject();
            for (Object key : o.ownPropertyKeys()) {
                Object desc = fromPropertyDescriptor(realm, o.getOwnProperty(key));
                if (desc != Undefined.INSTANCE) {
                    result.defineOwn(key, desc, Property.DEFAULT);
                }
            }
            return result;
        });
        realm.method(
                object,
                "getOwnPropertyNames",
                1,
                (t, a, n) -> realm.newArray(ownKeysOfType(Operations.toObject(realm, arg(a, 0)), String.class)));
        realm.method(
                object,
                "getOwnPropertySymbols",
                1,
                (t, a, n) -> realm.newArray(ownKeysOfType(Operations.toObject(realm, arg(a, 0)), JsSymbol.class)));
        realm.method(object, "getPrototypeOf", 1, (t, a, n) -> {
            JsObject p = Operations.toObject(realm, arg(a, 0)).getPrototypeOf();
            return p == null ? JsNull.INSTANCE : p;
        });
        realm.method(object, "setPrototypeOf", 2, (t, a, n) -> {
            Object o = arg(a, 0);
            Object proto = arg(a, 1);
            if (Values.isNullish(o)) {
                throw realm.typeError("Object.setPrototypeOf called on null or undefined");
            }
            JsObject p = requirePrototype(realm, proto);
            if (o instanceof JsObject target) {
                setPrototypeOrThrow(realm, target, p);
            }
            return o;
        });
        realm.method(object, "hasOwn", 2, (t, a, n) -> {
            JsObject o = Operations.toObject(realm, arg(a, 0));
            return o.getOwnProperty(Operations.toPropertyKey(realm, arg(a, 1))) != null;
        });
        realm.method(object, "is", 2, (t, a, n) -> Values.sameValue(arg(a, 0), arg(a, 1)));

        installPrototypeMethods(realm);
    }

    private static void installPrototypeMethods(Realm realm) {
        JsObject proto = realm.objectPrototype;
        // ECMA-262 §20.1.3.3 Object.prototype.isPrototypeOf
        realm.method(proto, "isPrototypeOf", 1, (t, a, n) -> {
            if (!(arg(a, 0) instanceof JsObject v)) {
                return false;
            }
            JsObject o = Operations.toObject(realm, t);
            for (JsObject p = v.getPrototypeOf(); p != null; p = p.getPrototypeOf()) {
                if (p == o) {
                    return true;
                }
            }
            return false;
        });
        // ECMA-262 §20.1.3.4 Object.prototype.propertyIsEnumerable
        realm.method(proto, "propertyIsEnumerable", 1, (t, a, n) -> {
            Object key = Operations.toPropertyKey(realm, arg(a, 0));
            Property p = Operations.toObject(realm, t).getOwnProperty(key);
            return p != null && p.enumerable();
        });
        // ECMA-262 §20.1.3.5 Object.prototype.toLocaleString
        realm.method(proto, "toLocaleString", 0, (t, a, n) -> {
            if (Values.isNullish(t)) {
                throw realm.typeError("Object.prototype.toLocaleString called on null or undefined");
            }
            return Operations.call(realm, Operations.getV(realm, t, "toString"), t, NO_ARGS);
        });
        // ECMA-262 §20.1.3.8 Object.prototype.__proto__
        JsFunction getter = realm.function("get __proto__", 0, (t, a, n) -> {
            JsObject p = Operations.toObject(realm, t).getPrototypeOf();
            return p == null ? JsNull.INSTANCE : p;
        });
        JsFunction setter = realm.function("set __proto__", 1, (t, a, n) -> {
            if (Values.isNullish(t)) {
                throw realm.typeError("set Object.prototype.__proto__ called on null or undefined");
            }
            Object value = arg(a, 0);
            if (!(value instanceof JsObject) && value != JsNull.INSTANCE) {
                return Undefined.INSTANCE;
            }
            if (t instanceof JsObject o) {
                setPrototypeOrThrow(realm, o, value instanceof JsObject p ? p : null);
            }
            return Undefined.INSTANCE;
        });
        proto.defineAccessor("__proto__", getter, setter, Property.CONFIGURABLE);
    }

    // ---- shared helpers ----------------------------------------------------------------------------

    /** A prototype argument: an object or null, else V8's TypeError. */
    static JsObject requirePrototype(Realm realm, Object proto) {
        if (proto instanceof JsObject p) {
            return p;
        }
        if (proto == JsNull.INSTANCE) {
            return null;
        }
        throw realm.typeError("Object prototype may only be an Object or null: " + display(proto));
    }

    private static void setPrototypeOrThrow(Realm realm, JsObject o, JsObject proto) {
        if (o.setPrototypeOf(proto)) {
            return;
        }
        if (!o.isExtensible()) {
            throw realm.typeError(Operations.toDisplay(o) + " is not extensible");
        }
        throw realm.typeError("Cyclic __proto__ value");
    }

    /** A value as V8 prints it in "…: x" messages. */
    static String display(Object v) {
        return Operations.toDisplay(v);
    }

    /** ECMA-262 §6.2.6.5 ToPropertyDescriptor. */
    static PropertyDescriptor toPropertyDescriptor(Realm realm, Object value) {
        if (!(value instanceof JsObject obj)) {
            throw realm.typeError("Property description must be an object: " + display(value));
        }
        PropertyDescriptor desc = new PropertyDescriptor();
        if (obj.hasProperty("enumerable")) {
            desc.enumerable = Values.toBoolean(obj.get("enumerable"));
        }
        if (obj.hasProperty("configurable")) {
            desc.configurable = Values.toBoolean(obj.get("configurable"));
        }
        if (obj.hasProperty("value")) {
            desc.value = obj.get("value");
        }
        if (obj.hasProperty("writable")) {
            desc.writable = Values.toBoolean(obj.get("writable"));
        }
        if (obj.hasProperty("get")) {
            Object getter = obj.get("get");
            if (getter != Undefined.INSTANCE && !(getter instanceof JsFunction)) {
                throw realm.typeError("Getter must be a function: " + display(getter));
            }
            desc.hasGetter = true;
            desc.getter = getter instanceof JsFunction f ? f : null;
        }
        if (obj.hasProperty("set")) {
            Object setter = obj.get("set");
            if (setter != Undefined.INSTANCE && !(setter instanceof JsFunction)) {
                throw realm.typeError("Setter must be a function: " + display(setter));
            }
            desc.hasSetter = true;
            desc.setter = setter instanceof JsFunction f ? f : null;
        }
        if (desc.isAccessorDescriptor() && desc.isDataDescriptor()) {
            throw realm.typeError("Invalid property descriptor. Cannot both specify accessors and a value or writable"
                    + " attribute, " + Operations.toDisplay(obj));
        }
        return desc;
    }

    /** ECMA-262 §6.2.6.4 FromPropertyDescriptor, for a property as stored. */
    static Object fromPropertyDescriptor(Realm realm, Property p) {
        if (p == null) {
            return Undefined.INSTANCE;
        }
        JsObject d = realm.newObject();
        if (p.isAccessor()) {
            d.defineOwn("get", p.getter() == null ? Undefined.INSTANCE : p.getter(), Property.DEFAULT);
            d.defineOwn("set", p.setter() == null ? Undefined.INSTANCE : p.setter(), Property.DEFAULT);
        } else {
            d.defineOwn("value", p.value(), Property.DEFAULT);
            d.defineOwn("writable", p.writable(), Property.DEFAULT);
        }
        d.defineOwn("enumerable", p.enumerable(), Property.DEFAULT);
        d.defineOwn("configurable", p.configurable(), Property.DEFAULT);
        return d;
    }

    /** ECMA-262 §7.3.8 DefinePropertyOrThrow, with V8's messages. */
    static void definePropertyOrThrow(Realm realm, JsObject o, Object key, PropertyDescriptor desc) {
        if (defineOwnProperty(realm, o, key, desc)) {
            return;
        }
        if (o.getOwnProperty(key) == null && !o.isExtensible()) {
            throw realm.typeError(
                    "Cannot define property " + Operations.describeKey(key) + ", object is not extensible");
        }
        throw realm.typeError("Cannot redefine property: " + Operations.describeKey(key));
    }

    /**
     * [[DefineOwnProperty]], first doing the part of ECMA-262 §10.4.2.4 ArraySetLength that may run script
     * code or throw: an array's new length is converted and must be a valid uint32.
     */
    static boolean defineOwnProperty(Realm realm, JsObject o, Object key, PropertyDescriptor desc) {
        if (o instanceof JsArray && "length".equals(key) && desc.value != null) {
            long newLength = Operations.toUint32(Operations.toNumber(realm, desc.value));
            double numberLength = Operations.toNumber(realm, desc.value);
            if (newLength != numberLength) {
                throw realm.rangeError("Invalid array length");
            }
            desc.value = (double) newLength;
        }
        return o.defineOwnProperty(key, desc);
    }

    /** ECMA-262 §7.3.7 CreateDataPropertyOrThrow. */
    static void createDataPropertyOrThrow(Realm realm, JsObject o, Object key, Object value) {
        definePropertyOrThrow(realm, o, key, PropertyDescriptor.data(value, Property.DEFAULT));
    }

    /** ECMA-262 §7.3.4 Set(O, P, V, true), with V8's messages. */
    static void setOrThrow(Realm realm, JsObject o, Object key, Object value) {
        if (o.set(key, value, o)) {
            return;
        }
        Property existing = findProperty(o, key);
        if (existing == null && !o.isExtensible()) {
            throw realm.typeError("Cannot add property " + Operations.describeKey(key) + ", object is not extensible");
        }
        if (existing != null && existing.isAccessor()) {
            throw realm.typeError("Cannot set property " + Operations.describeKey(key) + " of "
                    + Operations.toDisplay(o) + " which has only a getter");
        }
        throw realm.typeError("Cannot assign to read only property '" + Operations.describeKey(key) + "' of object '"
                + Operations.toDisplay(o) + "'");
    }

    private static Property findProperty(JsObject o, Object key) {
        for (JsObject p = o; p != null; p = p.getPrototypeOf()) {
            Property prop = p.getOwnProperty(key);
            if (prop != null) {
                return prop;
            }
        }
        return null;
    }

    /**
     * ECMA-262 §7.4 GetIterator and IteratorStep over {@code iterable}, handing each value to {@code each};
     * an exception from {@code each} closes the iterator (IteratorClose) before it propagates.
     */
    static void iterate(Realm realm, Object iterable, Consumer<Object> each) {
        Object method =
                Values.isNullish(iterable) ? Undefined.INSTANCE : Operations.getV(realm, iterable, JsSymbol.ITERATOR);
        if (!(method instanceof JsFunction)) {
            throw realm.typeError(notIterable(iterable));
        }
        Object iterator = Operations.call(realm, method, iterable, NO_ARGS);
        if (!(iterator instanceof JsObject it)) {
            throw realm.typeError("Result of the Symbol.iterator method is not an object");
        }
        Object next = it.get("next");
        while (true) {
            Object result = Operations.call(realm, next, it, NO_ARGS);
            if (!(result instanceof JsObject r)) {
                throw realm.typeError("Iterator result " + Operations.toDisplay(result) + " is not an object");
            }
            if (Values.toBoolean(r.get("done"))) {
                return;
            }
            Object value = r.get("value");
            try {
                each.accept(value);
            } catch (JsThrow e) {
                closeQuietly(realm, it);
                throw e;
            }
        }
    }

    private static void closeQuietly(Realm realm, JsObject iterator) {
        try {
            Object ret = Operations.getMethod(realm, iterator, "return");
            if (ret != Undefined.INSTANCE) {
                Operations.call(realm, ret, iterator, NO_ARGS);
            }
        } catch (JsThrow ignored) {
            // IteratorClose with a throw completion keeps the original exception.
        }
    }

    /** V8's message for a value without Symbol.iterator, as built-ins (not spread) report it. */
    static String notIterable(Object value) {
        return typeAndValue(value) + " is not iterable (cannot read property Symbol(Symbol.iterator))";
    }

    /** A value as V8's built-ins name it in "… is not a function" and "… is not iterable". */
    static String typeAndValue(Object value) {
        return switch (value) {
            case String s -> "string \"" + s + "\"";
            case JsFunction f -> "function";
            case JsObject o -> "object";
            case Double d -> "number " + Values.numberToString(d);
            case Boolean b -> "boolean " + b;
            case JsSymbol s -> "symbol";
            case java.math.BigInteger b -> "bigint";
            case JsNull n -> "object null";
            default -> String.valueOf(value);
        };
    }

    /** A callback argument, or V8's TypeError for a non-callable one. */
    static JsFunction requireCallable(Realm realm, Object value) {
        if (value instanceof JsFunction f) {
            return f;
        }
        throw realm.typeError(typeAndValue(value) + " is not a function");
    }

    // ---- the static methods ------------------------------------------------------------------------

    // ECMA-262 §20.1.2.1 Object.assign
    private static Object assign(Realm realm, Object[] args) {
        JsObject to = Operations.toObject(realm, arg(args, 0));
        for (int i = 1; i < args.length; i++) {
            if (Values.isNullish(args[i])) {
                continue;
            }
            JsObject from = Operations.toObject(realm, args[i]);
            for (Object key : from.ownPropertyKeys()) {
                Property p = from.getOwnProperty(key);
                if (p != null && p.enumerable()) {
                    setOrThrow(realm, to, key, from.get(key));
                }
            }
        }
        return to;
    }

    // ECMA-262 §20.1.2.2 Object.create
    private static Object create(Realm realm, Object proto, Object properties) {
        JsObject o = new JsObject(requirePrototype(realm, proto));
        if (properties != Undefined.INSTANCE) {
            objectDefineProperties(realm, o, properties);
        }
        return o;
    }

    // ECMA-262 §20.1.2.3.1 ObjectDefineProperties
    static JsObject objectDefineProperties(Realm realm, JsObject o, Object properties) {
        JsObject props = Operations.toObject(realm, properties);
        List<Object> keys = new ArrayList<>();
        List<PropertyDescriptor> descriptors = new ArrayList<>();
        for (Object key : props.ownPropertyKeys()) {
            Property p = props.getOwnProperty(key);
            if (p != null && p.enumerable()) {
                keys.add(key);
                descriptors.add(toPropertyDescriptor(realm, props.get(key)));
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            definePropertyOrThrow(realm, o, keys.get(i), descriptors.get(i));
        }
        return o;
    }

    // ECMA-262 §7.3.23 EnumerableOwnProperties
    static List<Object> enumerableOwnProperties(Realm realm, JsObject o, String kind) {
        List<Object> result = new ArrayList<>();
        for (Object key : o.ownPropertyKeys()) {
            if (!(key instanceof String)) {
                continue;
            }
            Property p = o.getOwnProperty(key);
            if (p == null || !p.enumerable()) {
                continue;
            }
            switch (kind) {
                case "key" -> result.add(key);
                case "value" -> result.add(o.get(key));
                default -> result.add(realm.newArray(List.of(key, o.get(key))));
            }
        }
        return result;
    }

    private static List<Object> ownKeysOfType(JsObject o, Class<?> type) {
        List<Object> keys = new ArrayList<>();
        for (Object key : o.ownPropertyKeys()) {
            if (type.isInstance(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    // ECMA-262 §7.3.15 SetIntegrityLevel
    private static Object setIntegrityLevel(Realm realm, Object value, boolean frozen) {
        if (!(value instanceof JsObject o)) {
            return value;
        }
        o.preventExtensions();
        for (Object key : o.ownPropertyKeys()) {
            PropertyDescriptor desc = new PropertyDescriptor();
            desc.configurable = false;
            if (frozen) {
                Property current = o.getOwnProperty(key);
                if (current != null && !current.isAccessor()) {
                    desc.writable = false;
                }
            }
            definePropertyOrThrow(realm, o, key, desc);
        }
        return o;
    }

    // ECMA-262 §7.3.16 TestIntegrityLevel
    private static boolean testIntegrityLevel(Object value, boolean frozen) {
        if (!(value instanceof JsObject o)) {
            return true;
        }
        if (o.isExtensible()) {
            return false;
        }
        for (Object key : o.ownPropertyKeys()) {
            Property p = o.getOwnProperty(key);
            if (p == null) {
                continue;
            }
            if (p.configurable() || (frozen && !p.isAccessor() && p.writable())) {
                return false;
            }
        }
        return true;
    }

    // ECMA-262 §20.1.2.7 Object.fromEntries
    private static Object fromEntries(Realm realm, Object iterable) {
        if (Values.isNullish(iterable)) {
            throw realm.typeError(iterable + " is not iterable");
        }
        JsObject result = realm.newObject();
        iterate(realm, iterable, entry -> {
            if (!(entry instanceof JsObject e)) {
                throw realm.typeError("Iterator value " + display(entry) + " is not an entry object");
            }
            Object key = Operations.toPropertyKey(realm, e.get("0"));
            createDataPropertyOrThrow(realm, result, key, e.get("1"));
        });
        return result;
    }
}
