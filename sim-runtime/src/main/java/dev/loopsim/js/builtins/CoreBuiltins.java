package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.BoundFunction;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;

/**
 * The built-ins the engine itself leans on: global value properties, Object.prototype basics,
 * Function.prototype.call/apply/bind, the Error constructors, Symbol, and array iteration.
 */
public final class CoreBuiltins {
    private CoreBuiltins() {}

    static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.INSTANCE;
    }

    public static void install(Realm realm) {
        JsObject global = realm.globalObject;
        global.defineOwn("undefined", Undefined.INSTANCE, 0);
        global.defineOwn("NaN", Double.NaN, 0);
        global.defineOwn("Infinity", Double.POSITIVE_INFINITY, 0);

        installObject(realm);
        installFunction(realm);
        installErrors(realm);
        installSymbol(realm);
        installArrayIteration(realm);
    }

    private static void installObject(Realm realm) {
        JsObject proto = realm.objectPrototype;
        NativeFunction object = realm.constructor("Object", 1, proto, (t, a, nt) -> {
            Object value = arg(a, 0);
            return Values.isNullish(value) ? realm.newObject() : Operations.toObject(realm, value);
        });
        realm.method(proto, "hasOwnProperty", 1, (t, a, n) -> Operations.toObject(realm, t)
                .hasOwnProperty(Operations.toPropertyKey(realm, arg(a, 0))));
        realm.method(proto, "toString", 0, (t, a, n) -> {
            if (t == Undefined.INSTANCE) {
                return "[object Undefined]";
            }
            if (Values.isNullish(t)) {
                return "[object Null]";
            }
            JsObject o = Operations.toObject(realm, t);
            Object tag = o.get(JsSymbol.TO_STRING_TAG);
            String builtin =
                    switch (o.className()) {
                        case "Array",
                                "Function",
                                "Error",
                                "Boolean",
                                "Number",
                                "String",
                                "Date",
                                "RegExp",
                                "Arguments" -> o.className();
                        default -> "Object";
                    };
            return "[object " + (tag instanceof String s ? s : builtin) + "]";
        });
        realm.method(proto, "valueOf", 0, (t, a, n) -> Operations.toObject(realm, t));
        realm.method(object, "getPrototypeOf", 1, (t, a, n) -> {
            JsObject p = Operations.toObject(realm, arg(a, 0)).getPrototypeOf();
            return p == null ? dev.loopsim.js.value.JsNull.INSTANCE : p;
        });
        realm.method(object, "keys", 1, (t, a, n) -> {
            JsObject o = Operations.toObject(realm, arg(a, 0));
            java.util.List<Object> keys = new java.util.ArrayList<>();
            for (Object k : o.ownPropertyKeys()) {
                Property p = o.getOwnProperty(k);
                if (k instanceof String && p != null && p.enumerable()) {
                    keys.add(k);
                }
            }
            return realm.newArray(keys);
        });
    }

    private static void installFunction(Realm realm) {
        JsObject proto = realm.functionPrototype;
        realm.method(proto, "call", 1, (t, a, n) -> {
            Object[] rest = a.length > 1 ? java.util.Arrays.copyOfRange(a, 1, a.length) : new Object[0];
            return Operations.call(realm, t, arg(a, 0), rest);
        });
        realm.method(proto, "apply", 2, (t, a, n) -> {
            Object list = arg(a, 1);
            Object[] args = Values.isNullish(list) ? new Object[0] : listFromArrayLike(realm, list);
            return Operations.call(realm, t, arg(a, 0), args);
        });
        realm.method(proto, "bind", 1, (t, a, n) -> {
            if (!(t instanceof JsFunction target)) {
                throw realm.typeError("Bind must be called on a function");
            }
            Object[] bound = a.length > 1 ? java.util.Arrays.copyOfRange(a, 1, a.length) : new Object[0];
            BoundFunction f = new BoundFunction(target.getPrototypeOf(), target, arg(a, 0), bound);
            Object length = target.get("length");
            double len = length instanceof Double d ? Math.max(0, d - bound.length) : 0;
            f.defineOwn("length", len, Property.CONFIGURABLE);
            f.defineOwn("name", "bound " + target.debugName(), Property.CONFIGURABLE);
            return f;
        });
        // ECMA-262 §20.2.3.6 Function.prototype[@@hasInstance]: OrdinaryHasInstance, not writable.
        proto.defineOwn(
                JsSymbol.HAS_INSTANCE,
                realm.function(
                        "[Symbol.hasInstance]", 1, (t, a, n) -> Operations.ordinaryHasInstance(realm, t, arg(a, 0))),
                0);
        realm.method(proto, "toString", 0, (t, a, n) -> {
            if (!(t instanceof JsFunction f)) {
                throw realm.typeError("Function.prototype.toString requires that 'this' be a Function");
            }
            // ECMA-262 §20.2.3.5: script functions give their source text, built-ins a NativeFunction form.
            if (f instanceof dev.loopsim.js.vm.ScriptFunction sf
                    && sf.template().sourceText() != null) {
                return sf.template().sourceText();
            }
            return "function " + (f instanceof BoundFunction ? "" : f.debugName()) + "() { [native code] }";
        });
        realm.constructor("Function", 1, proto, (t, a, nt) -> {
            throw realm.typeError("Function constructor is not supported by loopsim (code from strings)");
        });
    }

    /** ECMA-262 §7.3.18 CreateListFromArrayLike. */
    static Object[] listFromArrayLike(Realm realm, Object value) {
        if (!(value instanceof JsObject o)) {
            throw realm.typeError("CreateListFromArrayLike called on non-object");
        }
        long length = Operations.toLength(realm, o.get("length"));
        Object[] list = new Object[(int) length];
        for (int i = 0; i < length; i++) {
            list[i] = o.get(String.valueOf(i));
        }
        return list;
    }

    private static void installErrors(Realm realm) {
        NativeFunction error = errorConstructor(realm, "Error", realm.errorPrototype, null);
        errorConstructor(realm, "TypeError", realm.typeErrorPrototype, error);
        errorConstructor(realm, "RangeError", realm.rangeErrorPrototype, error);
        errorConstructor(realm, "ReferenceError", realm.referenceErrorPrototype, error);
        errorConstructor(realm, "SyntaxError", realm.syntaxErrorPrototype, error);
        errorConstructor(realm, "EvalError", new JsObject(realm.errorPrototype), error);
        errorConstructor(realm, "URIError", new JsObject(realm.errorPrototype), error);
        realm.method(realm.errorPrototype, "toString", 0, (t, a, n) -> {
            if (!(t instanceof JsObject o)) {
                throw realm.typeError("Error.prototype.toString requires that 'this' be an Object");
            }
            Object name = o.get("name");
            Object message = o.get("message");
            String nameText = name == Undefined.INSTANCE ? "Error" : Operations.toString(realm, name);
            String messageText = message == Undefined.INSTANCE ? "" : Operations.toString(realm, message);
            if (nameText.isEmpty()) {
                return messageText;
            }
            return messageText.isEmpty() ? nameText : nameText + ": " + messageText;
        });
    }

    /** An Error constructor (ECMA-262 §20.5.1): message and the ES2022 cause option. */
    private static NativeFunction errorConstructor(Realm realm, String name, JsObject prototype, JsFunction parent) {
        NativeFunction[] self = new NativeFunction[1];
        self[0] = realm.constructor(name, 1, prototype, (t, a, nt) -> {
            JsObject target = nt != null ? nt : self[0];
            Object protoValue = target.get("prototype");
            JsObject proto = protoValue instanceof JsObject p ? p : prototype;
            Object message = arg(a, 0);
            JsError e = realm.newError(proto, message == Undefined.INSTANCE ? "" : Operations.toString(realm, message));
            if (message == Undefined.INSTANCE) {
                e.delete("message");
            }
            if (arg(a, 1) instanceof JsObject options && options.hasProperty("cause")) {
                e.defineOwn("cause", options.get("cause"), Property.HIDDEN);
            }
            return e;
        });
        prototype.defineOwn("name", name, Property.HIDDEN);
        prototype.defineOwn("message", "", Property.HIDDEN);
        if (parent != null) {
            self[0].setPrototypeOf(parent);
        }
        return self[0];
    }

    private static void installSymbol(Realm realm) {
        JsObject proto = realm.symbolPrototype;
        NativeFunction symbol = realm.constructor("Symbol", 0, proto, (t, a, nt) -> {
            if (nt != null) {
                throw realm.typeError("Symbol is not a constructor");
            }
            Object description = arg(a, 0);
            return new JsSymbol(description == Undefined.INSTANCE ? null : Operations.toString(realm, description));
        });
        symbol.defineOwn("iterator", JsSymbol.ITERATOR, 0);
        symbol.defineOwn("asyncIterator", JsSymbol.ASYNC_ITERATOR, 0);
        symbol.defineOwn("hasInstance", JsSymbol.HAS_INSTANCE, 0);
        symbol.defineOwn("toPrimitive", JsSymbol.TO_PRIMITIVE, 0);
        symbol.defineOwn("toStringTag", JsSymbol.TO_STRING_TAG, 0);
        symbol.defineOwn("species", JsSymbol.SPECIES, 0);
        symbol.defineOwn("isConcatSpreadable", JsSymbol.IS_CONCAT_SPREADABLE, 0);
        symbol.defineOwn("unscopables", JsSymbol.UNSCOPABLES, 0);
        symbol.defineOwn("match", JsSymbol.MATCH, 0);
        symbol.defineOwn("matchAll", JsSymbol.MATCH_ALL, 0);
        symbol.defineOwn("replace", JsSymbol.REPLACE, 0);
        symbol.defineOwn("search", JsSymbol.SEARCH, 0);
        symbol.defineOwn("split", JsSymbol.SPLIT, 0);
        realm.method(proto, "toString", 0, (t, a, n) -> thisSymbol(realm, t).toString());
        realm.method(proto, "valueOf", 0, (t, a, n) -> thisSymbol(realm, t));
        proto.defineOwn(
                JsSymbol.TO_PRIMITIVE,
                realm.function("[Symbol.toPrimitive]", 1, (t, a, n) -> thisSymbol(realm, t)),
                Property.CONFIGURABLE);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "Symbol", Property.CONFIGURABLE);
        proto.defineAccessor(
                "description",
                realm.function("get description", 0, (t, a, n) -> {
                    String d = thisSymbol(realm, t).description();
                    return d == null ? Undefined.INSTANCE : d;
                }),
                null,
                Property.CONFIGURABLE);
    }

    private static JsSymbol thisSymbol(Realm realm, Object t) {
        if (t instanceof JsSymbol s) {
            return s;
        }
        if (t instanceof dev.loopsim.js.value.JsPrimitiveWrapper w && w.primitive() instanceof JsSymbol s) {
            return s;
        }
        throw realm.typeError("Symbol.prototype.toString requires that 'this' be a Symbol");
    }

    /** Array.prototype.values/[Symbol.iterator] and %ArrayIteratorPrototype% (ECMA-262 §23.1.5). */
    private static void installArrayIteration(Realm realm) {
        NativeFunction values =
                realm.function("values", 0, (t, a, n) -> arrayIterator(realm, Operations.toObject(realm, t)));
        realm.arrayPrototype.defineOwn("values", values, Property.HIDDEN);
        realm.arrayPrototype.defineOwn(JsSymbol.ITERATOR, values, Property.HIDDEN);
        realm.method(realm.arrayPrototype, "push", 1, (t, a, n) -> {
            JsObject o = Operations.toObject(realm, t);
            long length = Operations.toLength(realm, o.get("length"));
            for (Object v : a) {
                if (!o.set(String.valueOf(length++), v)) {
                    throw realm.typeError("Cannot add property " + (length - 1) + ", object is not extensible");
                }
            }
            o.set("length", (double) length);
            return (double) length;
        });
        realm.method(realm.arrayIteratorPrototype, "next", 0, (t, a, n) -> arrayIteratorNext(realm, t));
        realm.arrayIteratorPrototype.defineOwn(JsSymbol.TO_STRING_TAG, "Array Iterator", Property.CONFIGURABLE);
        realm.method(realm.arrayPrototype, "join", 1, (t, a, n) -> {
            JsObject o = Operations.toObject(realm, t);
            long length = Operations.toLength(realm, o.get("length"));
            String separator = arg(a, 0) == Undefined.INSTANCE ? "," : Operations.toString(realm, arg(a, 0));
            StringBuilder out = new StringBuilder();
            for (long i = 0; i < length; i++) {
                if (i > 0) {
                    out.append(separator);
                }
                Object element = o.get(String.valueOf(i));
                if (!Values.isNullish(element)) {
                    out.append(Operations.toString(realm, element));
                }
            }
            return out.toString();
        });
        realm.method(realm.arrayPrototype, "toString", 0, (t, a, n) -> {
            JsObject o = Operations.toObject(realm, t);
            Object join = o.get("join");
            return join instanceof JsFunction f
                    ? f.call(o, new Object[0])
                    : ((JsFunction) realm.objectPrototype.get("toString")).call(o, new Object[0]);
        });
        // String.prototype[Symbol.iterator] (ECMA-262 §22.1.5): by code point.
        realm.stringPrototype.defineOwn(
                JsSymbol.ITERATOR,
                realm.function("[Symbol.iterator]", 0, (t, a, n) -> {
                    if (Values.isNullish(t)) {
                        throw realm.typeError("String.prototype[Symbol.iterator] called on null or undefined");
                    }
                    String s = Operations.toString(realm, t);
                    java.util.List<Object> codePoints = new java.util.ArrayList<>();
                    s.codePoints().forEach(cp -> codePoints.add(new String(Character.toChars(cp))));
                    return arrayIterator(realm, realm.newArray(codePoints));
                }),
                Property.HIDDEN);
    }

    /** An Array Iterator (ECMA-262 §23.1.5.1): the array, the next index, and whether it has ended. */
    static final class ArrayIterator extends JsObject {
        final JsObject target;
        long index;
        boolean done;

        ArrayIterator(JsObject prototype, JsObject target) {
            super(prototype);
            this.target = target;
        }
    }

    private static JsObject arrayIterator(Realm realm, JsObject target) {
        return new ArrayIterator(realm.arrayIteratorPrototype, target);
    }

    /** %ArrayIteratorPrototype%.next (ECMA-262 §23.1.5.2.1). */
    private static Object arrayIteratorNext(Realm realm, Object thisValue) {
        if (!(thisValue instanceof ArrayIterator it)) {
            throw realm.typeError("next method called on incompatible receiver " + Operations.toDisplay(thisValue));
        }
        JsObject result = realm.newObject();
        JsObject target = it.target;
        long length = target instanceof JsArray arr ? arr.length() : Operations.toLength(realm, target.get("length"));
        if (it.done || it.index >= length) {
            it.done = true;
            result.set("value", Undefined.INSTANCE);
            result.set("done", true);
            return result;
        }
        Object value = target instanceof JsArray arr ? arr.getIndex(it.index) : target.get(String.valueOf(it.index));
        it.index++;
        result.set("value", value);
        result.set("done", false);
        return result;
    }
}
