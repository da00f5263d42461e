package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.PropertyDescriptor;
import dev.loopsim.js.value.PropertyKeys;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Array constructor and Array.prototype (ECMA-262 §23.1), generic over array-likes as the spec
 * allows, with V8's error messages. Installed after {@link CoreBuiltins}, whose join/push/toString it replaces.
 */
public final class ArrayBuiltins {
    private ArrayBuiltins() {}

    private static final Object[] NO_ARGS = new Object[0];
    private static final double MAX_SAFE_INTEGER = 0x1p53 - 1;
    private static final long MAX_ARRAY_LENGTH = 0xFFFF_FFFFL;

    private enum IterationKind {
        KEYS,
        ENTRIES
    }

    /** An Array Iterator over keys or entries; CoreBuiltins' ArrayIterator does values. */
    static final class KeyedArrayIterator extends JsObject {
        final JsObject target;
        final IterationKind kind;
        long index;
        boolean done;

        KeyedArrayIterator(JsObject prototype, JsObject target, IterationKind kind) {
            super(prototype);
            this.target = target;
            this.kind = kind;
        }
    }

    public static void install(Realm realm) {
        new Installer(realm).install();
    }

    private static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.INSTANCE;
    }

    private static String key(long index) {
        return PropertyKeys.indexKey(index);
    }

    /** One realm's installation; holds the per-realm cycle set that join uses, as V8 does. */
    private static final class Installer {
        private final Realm realm;
        private final Map<JsObject, Boolean> joining = new IdentityHashMap<>();

        Installer(Realm realm) {
            this.realm = realm;
        }

        void install() {
            JsObject proto = realm.arrayPrototype;
            NativeFunction array =
                    new NativeFunction(realm.functionPrototype, "Array", 1, true, this::arrayConstructor);
            array.defineOwn("prototype", proto, 0);
            realm.method(array, "isArray", 1, (t, a, n) -> arg(a, 0) instanceof JsArray);
            realm.method(array, "from", 1, (t, a, n) -> arrayFrom(t, a));
            realm.method(array, "of", 0, (t, a, n) -> arrayOf(t, a));
            array.defineAccessor(
                    JsSymbol.SPECIES,
                    realm.function("get [Symbol.species]", 0, (t, a, n) -> t),
                    null,
                    Property.CONFIGURABLE);
            realm.globalObject.defineOwn("Array", array, Property.HIDDEN);

            Object values = proto.get("values");
            redefine(proto, "constructor", array);
            method("at", 1, this::at);
            method("concat", 1, this::concat);
            method("copyWithin", 2, this::copyWithin);
            method("fill", 1, this::fill);
            method("find", 1, (t, a) -> find(t, a, "find", false, false));
            method("findIndex", 1, (t, a) -> find(t, a, "findIndex", false, true));
            method("findLast", 1, (t, a) -> find(t, a, "findLast", true, false));
            method("findLastIndex", 1, (t, a) -> find(t, a, "findLastIndex", true, true));
            method("lastIndexOf", 1, this::lastIndexOf);
            method("pop", 0, this::pop);
            method("push", 1, this::push);
            method("reverse", 0, this::reverse);
            method("shift", 0, this::shift);
            method("unshift", 1, this::unshift);
            method("slice", 2, this::slice);
            method("sort", 1, this::sort);
            method("splice", 2, this::splice);
            method("includes", 1, this::includes);
            method("indexOf", 1, this::indexOf);
            method("join", 1, this::join);
            method("keys", 0, (t, a) -> createArrayIterator(t, IterationKind.KEYS));
            method("entries", 0, (t, a) -> createArrayIterator(t, IterationKind.ENTRIES));
            if (values instanceof JsFunction) {
                redefine(proto, "values", values);
            }
            method("forEach", 1, this::forEach);
            method("filter", 1, this::filter);
            method("flat", 0, this::flat);
            method("flatMap", 1, this::flatMap);
            method("map", 1, this::map);
            method("every", 1, (t, a) -> someOrEvery(t, a, "every"));
            method("some", 1, (t, a) -> someOrEvery(t, a, "some"));
            method("reduce", 1, (t, a) -> reduce(t, a, "reduce", false));
            method("reduceRight", 1, (t, a) -> reduce(t, a, "reduceRight", true));
            method("toLocaleString", 0, this::toLocaleString);
            method("toString", 0, this::arrayToString);
            method("toReversed", 0, this::toReversed);
            method("toSorted", 1, this::toSorted);
            method("toSpliced", 2, this::toSpliced);
            method("with", 2, this::with);
            if (values instanceof JsFunction) {
                redefine(proto, JsSymbol.ITERATOR, values);
            }
            JsObject unscopables = new JsObject(null);
            for (String name : List.of(
                    "at",
                    "copyWithin",
                    "entries",
                    "fill",
                    "find",
                    "findIndex",
                    "findLast",
                    "findLastIndex",
                    "flat",
                    "flatMap",
                    "includes",
                    "keys",
                    "values",
                    "toReversed",
                    "toSorted",
                    "toSpliced")) {
                unscopables.defineOwn(name, true, Property.DEFAULT);
            }
            proto.defineOwn(JsSymbol.UNSCOPABLES, unscopables, Property.CONFIGURABLE);

            // Keys and entries iterators share %ArrayIteratorPrototype%, so its next serves both kinds.
            redefine(
                    realm.arrayIteratorPrototype, "next", realm.function("next", 0, (t, a, n) -> arrayIteratorNext(t)));
        }

        private interface Method {
            Object apply(Object thisArg, Object[] args);
        }

        private void method(String name, int length, Method body) {
            redefine(realm.arrayPrototype, name, realm.function(name, length, (t, a, n) -> body.apply(t, a)));
        }

        /** Defines a hidden property at the end of the key order, as V8 lists Array.prototype's. */
        private static void redefine(JsObject target, Object key, Object value) {
            target.delete(key);
            target.defineOwn(key, value, Property.HIDDEN);
        }

        // ---- errors and small operations -----------------------------------------------------------

        /** ToObject(this), with V8's message for the methods that name themselves. */
        private JsObject thisObject(Object thisArg, String method) {
            if (Values.isNullish(thisArg)) {
                throw realm.typeError("Array.prototype." + method + " called on null or undefined");
            }
            return Operations.toObject(realm, thisArg);
        }

        private JsFunction callback(Object value) {
            if (value instanceof JsFunction f) {
                return f;
            }
            throw realm.typeError(describe(value) + " is not a function");
        }

        /** A value as V8 prints a non-callable one: primitives as text, objects by constructor name. */
        private static String describe(Object value) {
            if (value instanceof JsArray) {
                return "[object Array]";
            }
            if (value instanceof JsObject o) {
                String name = constructorName(o);
                return name.isEmpty() ? "[object " + o.className() + "]" : "#<" + name + ">";
            }
            return Operations.toDisplay(value);
        }

        /** The constructor's name found without running getters, or "". */
        private static String constructorName(JsObject o) {
            for (JsObject p = o; p != null; p = p.getPrototypeOf()) {
                Property c = p.getOwnProperty("constructor");
                if (c != null) {
                    return !c.isAccessor() && c.value() instanceof JsFunction f ? f.debugName() : "";
                }
            }
            return "";
        }

        private static String receiverText(JsObject o) {
            if (o instanceof JsArray) {
                return "[object Array]";
            }
            String name = constructorName(o);
            return name.isEmpty() ? "[object Object]" : "#<" + name + ">";
        }

        private static long lengthOfArrayLike(Realm realm, JsObject o) {
            if (o instanceof JsArray a) {
                return a.length();
            }
            return Operations.toLength(realm, o.get("length"));
        }

        private long lengthOf(JsObject o) {
            return lengthOfArrayLike(realm, o);
        }

        private static Object get(JsObject o, long index) {
            return o instanceof JsArray a ? a.getIndex(index) : o.get(key(index));
        }

        /** An element absent from the object and its prototypes. */
        private static final Object ABSENT = new Object();

        /**
         * HasProperty then Get, as the spec's loops do, or {@link #ABSENT}. On an array (never a proxy) a
         * value other than undefined proves presence, which spares a key string per element.
         */
        private static Object getIfPresent(JsObject o, long index) {
            if (o instanceof JsArray a) {
                Object value = a.getIndex(index);
                return value != Undefined.INSTANCE || a.hasProperty(key(index)) ? value : ABSENT;
            }
            String k = key(index);
            return o.hasProperty(k) ? o.get(k) : ABSENT;
        }

        // ECMA-262 §7.3.4 Set(O, P, V, true)
        private void set(JsObject o, Object key, Object value) {
            if (!o.set(key, value, o)) {
                throw setFailed(o, key);
            }
        }

        private void set(JsObject o, long index, Object value) {
            if (o instanceof JsArray a ? !a.setIndex(index, value) : !o.set(key(index), value, o)) {
                throw setFailed(o, key(index));
            }
        }

        /** The TypeError V8 throws when Set fails. */
        private JsThrow setFailed(JsObject o, Object key) {
            if (o.getOwnProperty(key) == null && !o.isExtensible()) {
                return realm.typeError(
                        "Cannot add property " + Operations.describeKey(key) + ", object is not extensible");
            }
            Object readOnly = key;
            if (o instanceof JsArray array
                    && PropertyKeys.arrayIndex(key) >= array.length()
                    && !array.getOwnProperty("length").writable()) {
                readOnly = "length";
            }
            return realm.typeError("Cannot assign to read only property '" + Operations.describeKey(readOnly)
                    + "' of object '" + receiverText(o) + "'");
        }

        private void setLength(JsObject o, double length) {
            // JsArray expects a valid uint32 length; Set on an array would throw this in ArraySetLength.
            if (o instanceof JsArray && length > MAX_ARRAY_LENGTH) {
                throw realm.rangeError("Invalid array length");
            }
            set(o, "length", length);
        }

        // ECMA-262 §7.3.7 CreateDataPropertyOrThrow
        private void createDataPropertyOrThrow(JsObject o, long index, Object value) {
            String k = key(index);
            if (!o.defineOwnProperty(k, PropertyDescriptor.data(value, Property.DEFAULT))) {
                if (o.getOwnProperty(k) == null && !o.isExtensible()) {
                    throw realm.typeError("Cannot add property " + k + ", object is not extensible");
                }
                throw realm.typeError("Cannot redefine property: " + k);
            }
        }

        // ECMA-262 §7.3.10 DeletePropertyOrThrow
        private void deletePropertyOrThrow(JsObject o, long index) {
            if (!o.delete(key(index))) {
                throw realm.typeError("Cannot delete property '" + index + "' of " + receiverText(o));
            }
        }

        /** The relative-index clamp most methods share: negative counts from the end, into [0, len]. */
        private long relativeIndex(Object value, long length) {
            double relative = Operations.toIntegerOrInfinity(realm, value);
            if (relative < 0) {
                return (long) Math.max(length + relative, 0);
            }
            return (long) Math.min(relative, length);
        }

        private Object call(JsFunction f, Object thisArg, Object... args) {
            return f.call(thisArg, args);
        }

        // ---- constructor and statics ---------------------------------------------------------------

        // ECMA-262 §23.1.1.1 Array ( ...values )
        private Object arrayConstructor(Object thisArg, Object[] args, JsObject newTarget) {
            JsObject proto = newTarget == null ? realm.arrayPrototype : getPrototypeFromConstructor(newTarget);
            JsArray array = new JsArray(proto);
            if (args.length == 1) {
                Object len = args[0];
                if (len instanceof Double d) {
                    long intLen = Operations.toUint32(d);
                    if (intLen != d) {
                        throw realm.rangeError("Invalid array length");
                    }
                    array.set("length", (double) intLen);
                } else {
                    array.push(len);
                }
                return array;
            }
            for (Object v : args) {
                array.push(v);
            }
            return array;
        }

        // ECMA-262 §10.1.14 GetPrototypeFromConstructor
        private JsObject getPrototypeFromConstructor(JsObject constructor) {
            Object proto = constructor.get("prototype");
            return proto instanceof JsObject p ? p : realm.arrayPrototype;
        }

        // ECMA-262 §10.4.2.2 ArrayCreate
        private JsArray arrayCreate(double length) {
            if (length > MAX_ARRAY_LENGTH) {
                throw realm.rangeError("Invalid array length");
            }
            JsArray array = new JsArray(realm.arrayPrototype);
            if (length > 0) {
                array.set("length", length);
            }
            return array;
        }

        // ECMA-262 §10.4.2.3 ArraySpeciesCreate
        private JsObject arraySpeciesCreate(JsObject original, double length) {
            if (!(original instanceof JsArray)) {
                return arrayCreate(length);
            }
            Object c = original.get("constructor");
            if (c instanceof JsObject co) {
                c = co.get(JsSymbol.SPECIES);
                if (c == JsNull.INSTANCE) {
                    c = Undefined.INSTANCE;
                }
            }
            if (c == Undefined.INSTANCE) {
                return arrayCreate(length);
            }
            if (!(c instanceof JsFunction f) || !f.isConstructor()) {
                throw realm.typeError("object.constructor[Symbol.species] is not a constructor");
            }
            return construct(f, length);
        }

        private JsObject construct(JsFunction c, Object... args) {
            Object result = c.construct(args, c);
            if (!(result instanceof JsObject o)) {
                throw realm.typeError("Derived constructors may only return object or undefined");
            }
            return o;
        }

        private static boolean isConstructor(Object c) {
            return c instanceof JsFunction f && f.isConstructor();
        }

        // ECMA-262 §23.1.2.1 Array.from ( items [ , mapfn [ , thisArg ] ] )
        private Object arrayFrom(Object c, Object[] args) {
            Object items = arg(args, 0);
            Object mapfn = arg(args, 1);
            Object thisArg = arg(args, 2);
            JsFunction mapper = mapfn == Undefined.INSTANCE ? null : callback(mapfn);
            if (Values.isNullish(items)) {
                throw realm.typeError(ObjectBuiltins.notIterable(items));
            }
            Object usingIterator = Operations.getV(realm, items, JsSymbol.ITERATOR);
            if (!Values.isNullish(usingIterator)) {
                if (!(usingIterator instanceof JsFunction method)) {
                    throw realm.typeError("%Array%.from requires that the property of the first argument, "
                            + "items[Symbol.iterator], when exists, be a function");
                }
                JsObject a = isConstructor(c) ? construct((JsFunction) c) : arrayCreate(0);
                Object iterator = method.call(items, NO_ARGS);
                if (!(iterator instanceof JsObject it)) {
                    throw realm.typeError("Result of the Symbol.iterator method is not an object");
                }
                Object next = it.get("next");
                for (long k = 0; ; k++) {
                    Object result = Operations.call(realm, next, it, NO_ARGS);
                    if (!(result instanceof JsObject r)) {
                        throw realm.typeError("Iterator result " + Operations.toDisplay(result) + " is not an object");
                    }
                    if (Values.toBoolean(r.get("done"))) {
                        setLength(a, k);
                        return a;
                    }
                    Object value = r.get("value");
                    try {
                        if (mapper != null) {
                            value = call(mapper, thisArg, value, (double) k);
                        }
                        createDataPropertyOrThrow(a, k, value);
                    } catch (JsThrow e) {
                        closeIterator(it);
                        throw e;
                    }
                }
            }
            JsObject arrayLike = Operations.toObject(realm, items);
            long len = lengthOf(arrayLike);
            JsObject a = isConstructor(c) ? construct((JsFunction) c, (double) len) : arrayCreate(len);
            for (long k = 0; k < len; k++) {
                Object value = get(arrayLike, k);
                if (mapper != null) {
                    value = call(mapper, thisArg, value, (double) k);
                }
                createDataPropertyOrThrow(a, k, value);
            }
            setLength(a, len);
            return a;
        }

        /** ECMA-262 §7.4.11 IteratorClose after an abrupt completion: errors from return() are dropped. */
        private void closeIterator(JsObject iterator) {
            try {
                Object ret = iterator.get("return");
                if (ret instanceof JsFunction f) {
                    f.call(iterator, NO_ARGS);
                }
            } catch (JsThrow ignored) {
                // The original exception wins.
            }
        }

        // ECMA-262 §23.1.2.3 Array.of ( ...items )
        private Object arrayOf(Object c, Object[] items) {
            JsObject a =
                    isConstructor(c) ? construct((JsFunction) c, (double) items.length) : arrayCreate(items.length);
            for (int k = 0; k < items.length; k++) {
                createDataPropertyOrThrow(a, k, items[k]);
            }
            setLength(a, items.length);
            return a;
        }

        // ---- Array.prototype -----------------------------------------------------------------------

        // ECMA-262 §23.1.3.1 Array.prototype.at
        private Object at(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            double relative = Operations.toIntegerOrInfinity(realm, arg(args, 0));
            double k = relative >= 0 ? relative : len + relative;
            if (k < 0 || k >= len) {
                return Undefined.INSTANCE;
            }
            return get(o, (long) k);
        }

        // ECMA-262 §23.1.3.2 Array.prototype.concat
        private Object concat(Object thisArg, Object[] args) {
            JsObject o = thisObject(thisArg, "concat");
            JsObject a = arraySpeciesCreate(o, 0);
            long n = 0;
            List<Object> items = new ArrayList<>(args.length + 1);
            items.add(o);
            items.addAll(List.of(args));
            for (Object e : items) {
                if (isConcatSpreadable(e)) {
                    JsObject source = (JsObject) e;
                    long len = lengthOf(source);
                    if (n + len > MAX_SAFE_INTEGER) {
                        throw realm.typeError("Invalid array length");
                    }
                    for (long k = 0; k < len; k++, n++) {
                        Object value = getIfPresent(source, k);
                        if (value != ABSENT) {
                            createDataPropertyOrThrow(a, n, value);
                        }
                    }
                } else {
                    if (n >= MAX_SAFE_INTEGER) {
                        throw realm.typeError("Invalid array length");
                    }
                    createDataPropertyOrThrow(a, n++, e);
                }
            }
            setLength(a, n);
            return a;
        }

        // ECMA-262 §23.1.3.2.1 IsConcatSpreadable
        private static boolean isConcatSpreadable(Object value) {
            if (!(value instanceof JsObject o)) {
                return false;
            }
            Object spreadable = o.get(JsSymbol.IS_CONCAT_SPREADABLE);
            if (spreadable != Undefined.INSTANCE) {
                return Values.toBoolean(spreadable);
            }
            return o instanceof JsArray;
        }

        // ECMA-262 §23.1.3.4 Array.prototype.copyWithin
        private Object copyWithin(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            long to = relativeIndex(arg(args, 0), len);
            long from = relativeIndex(arg(args, 1), len);
            long fin = arg(args, 2) == Undefined.INSTANCE ? len : relativeIndex(arg(args, 2), len);
            long count = Math.min(fin - from, len - to);
            int direction = 1;
            if (from < to && to < from + count) {
                direction = -1;
                from += count - 1;
                to += count - 1;
            }
            for (; count > 0; count--, from += direction, to += direction) {
                Object value = getIfPresent(o, from);
                if (value != ABSENT) {
                    set(o, to, value);
                } else {
                    deletePropertyOrThrow(o, to);
                }
            }
            return o;
        }

        // ECMA-262 §23.1.3.7 Array.prototype.fill
        private Object fill(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            Object value = arg(args, 0);
            long k = relativeIndex(arg(args, 1), len);
            long fin = arg(args, 2) == Undefined.INSTANCE ? len : relativeIndex(arg(args, 2), len);
            for (; k < fin; k++) {
                set(o, k, value);
            }
            return o;
        }

        // ECMA-262 §23.1.3.9-12 find, findIndex, findLast, findLastIndex (FindViaPredicate)
        private Object find(Object thisArg, Object[] args, String name, boolean fromEnd, boolean wantIndex) {
            JsObject o = thisObject(thisArg, name);
            long len = lengthOf(o);
            JsFunction predicate = callback(arg(args, 0));
            Object t = arg(args, 1);
            for (long i = 0; i < len; i++) {
                long k = fromEnd ? len - 1 - i : i;
                Object value = get(o, k);
                if (Values.toBoolean(call(predicate, t, value, (double) k, o))) {
                    return wantIndex ? (Object) (double) k : value;
                }
            }
            return wantIndex ? (Object) (-1.0) : Undefined.INSTANCE;
        }

        // ECMA-262 §23.1.3.15 Array.prototype.forEach
        private Object forEach(Object thisArg, Object[] args) {
            JsObject o = thisObject(thisArg, "forEach");
            long len = lengthOf(o);
            JsFunction fn = callback(arg(args, 0));
            Object t = arg(args, 1);
            for (long k = 0; k < len; k++) {
                Object value = getIfPresent(o, k);
                if (value != ABSENT) {
                    call(fn, t, value, (double) k, o);
                }
            }
            return Undefined.INSTANCE;
        }

        // ECMA-262 §23.1.3.21 Array.prototype.map
        private Object map(Object thisArg, Object[] args) {
            JsObject o = thisObject(thisArg, "map");
            long len = lengthOf(o);
            JsFunction fn = callback(arg(args, 0));
            Object t = arg(args, 1);
            JsObject a = arraySpeciesCreate(o, len);
            for (long k = 0; k < len; k++) {
                Object value = getIfPresent(o, k);
                if (value != ABSENT) {
                    createDataPropertyOrThrow(a, k, call(fn, t, value, (double) k, o));
                }
            }
            return a;
        }

        // ECMA-262 §23.1.3.8 Array.prototype.filter
        private Object filter(Object thisArg, Object[] args) {
            JsObject o = thisObject(thisArg, "filter");
            long len = lengthOf(o);
            JsFunction fn = callback(arg(args, 0));
            Object t = arg(args, 1);
            JsObject a = arraySpeciesCreate(o, 0);
            long to = 0;
            for (long k = 0; k < len; k++) {
                Object value = getIfPresent(o, k);
                if (value != ABSENT) {
                    if (Values.toBoolean(call(fn, t, value, (double) k, o))) {
                        createDataPropertyOrThrow(a, to++, value);
                    }
                }
            }
            return a;
        }

        // ECMA-262 §23.1.3.6 Array.prototype.every and §23.1.3.29 Array.prototype.some
        private Object someOrEvery(Object thisArg, Object[] args, String name) {
            boolean some = name.equals("some");
            JsObject o = thisObject(thisArg, name);
            long len = lengthOf(o);
            JsFunction fn = callback(arg(args, 0));
            Object t = arg(args, 1);
            for (long k = 0; k < len; k++) {
                Object value = getIfPresent(o, k);
                if (value != ABSENT) {
                    boolean result = Values.toBoolean(call(fn, t, value, (double) k, o));
                    if (result == some) {
                        return some;
                    }
                }
            }
            return !some;
        }

        // ECMA-262 §23.1.3.24 Array.prototype.reduce and §23.1.3.25 Array.prototype.reduceRight
        private Object reduce(Object thisArg, Object[] args, String name, boolean fromEnd) {
            JsObject o = thisObject(thisArg, name);
            long len = lengthOf(o);
            JsFunction fn = callback(arg(args, 0));
            long i = 0;
            Object accumulator = null;
            if (args.length >= 2) {
                accumulator = args[1];
            } else {
                for (; i < len && accumulator == null; i++) {
                    long k = fromEnd ? len - 1 - i : i;
                    Object value = getIfPresent(o, k);
                    if (value != ABSENT) {
                        accumulator = value;
                    }
                }
                if (accumulator == null) {
                    throw realm.typeError("Reduce of empty array with no initial value");
                }
            }
            for (; i < len; i++) {
                long k = fromEnd ? len - 1 - i : i;
                Object value = getIfPresent(o, k);
                if (value != ABSENT) {
                    accumulator = call(fn, Undefined.INSTANCE, accumulator, value, (double) k, o);
                }
            }
            return accumulator;
        }

        // ECMA-262 §23.1.3.13 Array.prototype.flat
        private Object flat(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long sourceLen = lengthOf(o);
            double depth = 1;
            if (arg(args, 0) != Undefined.INSTANCE) {
                depth = Math.max(Operations.toIntegerOrInfinity(realm, arg(args, 0)), 0);
            }
            JsObject a = arraySpeciesCreate(o, 0);
            flattenIntoArray(a, o, sourceLen, 0, depth, null, null);
            return a;
        }

        // ECMA-262 §23.1.3.14 Array.prototype.flatMap
        private Object flatMap(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long sourceLen = lengthOf(o);
            if (!(arg(args, 0) instanceof JsFunction mapper)) {
                throw realm.typeError("flatMap mapper function is not callable");
            }
            JsObject a = arraySpeciesCreate(o, 0);
            flattenIntoArray(a, o, sourceLen, 0, 1, mapper, arg(args, 1));
            return a;
        }

        // ECMA-262 §23.1.3.13.1 FlattenIntoArray
        private long flattenIntoArray(
                JsObject target,
                JsObject source,
                long sourceLen,
                long start,
                double depth,
                JsFunction mapper,
                Object t) {
            long targetIndex = start;
            for (long sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++) {
                Object element = getIfPresent(source, sourceIndex);
                if (element == ABSENT) {
                    continue;
                }
                if (mapper != null) {
                    element = call(mapper, t, element, (double) sourceIndex, source);
                }
                if (depth > 0 && element instanceof JsArray nested) {
                    targetIndex =
                            flattenIntoArray(target, nested, lengthOf(nested), targetIndex, depth - 1, null, null);
                } else {
                    if (targetIndex >= MAX_SAFE_INTEGER) {
                        throw realm.typeError("Invalid array length");
                    }
                    createDataPropertyOrThrow(target, targetIndex++, element);
                }
            }
            return targetIndex;
        }

        // ECMA-262 §23.1.3.16 Array.prototype.includes
        private Object includes(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            if (len == 0) {
                return false;
            }
            double n = Operations.toIntegerOrInfinity(realm, arg(args, 1));
            if (n == Double.POSITIVE_INFINITY) {
                return false;
            }
            long k = n >= 0 ? (long) n : (long) Math.max(len + n, 0);
            Object search = arg(args, 0);
            for (; k < len; k++) {
                if (Values.sameValueZero(get(o, k), search)) {
                    return true;
                }
            }
            return false;
        }

        // ECMA-262 §23.1.3.17 Array.prototype.indexOf
        private Object indexOf(Object thisArg, Object[] args) {
            JsObject o = thisObject(thisArg, "indexOf");
            long len = lengthOf(o);
            if (len == 0) {
                return -1.0;
            }
            double n = Operations.toIntegerOrInfinity(realm, arg(args, 1));
            if (n == Double.POSITIVE_INFINITY) {
                return -1.0;
            }
            long k = n >= 0 ? (long) n : (long) Math.max(len + n, 0);
            Object search = arg(args, 0);
            for (; k < len; k++) {
                Object value = getIfPresent(o, k);
                if (value != ABSENT && Values.strictEquals(value, search)) {
                    return (double) k;
                }
            }
            return -1.0;
        }

        // ECMA-262 §23.1.3.20 Array.prototype.lastIndexOf
        private Object lastIndexOf(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            if (len == 0) {
                return -1.0;
            }
            double n = args.length > 1 ? Operations.toIntegerOrInfinity(realm, args[1]) : len - 1;
            if (n == Double.NEGATIVE_INFINITY) {
                return -1.0;
            }
            long k = n >= 0 ? (long) Math.min(n, len - 1) : (long) (len + n);
            Object search = arg(args, 0);
            for (; k >= 0; k--) {
                Object value = getIfPresent(o, k);
                if (value != ABSENT && Values.strictEquals(value, search)) {
                    return (double) k;
                }
            }
            return -1.0;
        }

        // ECMA-262 §23.1.3.18 Array.prototype.join
        private Object join(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            String separator = arg(args, 0) == Undefined.INSTANCE ? "," : Operations.toString(realm, arg(args, 0));
            return joinElements(o, len, separator, element -> Operations.toString(realm, element));
        }

        // ECMA-262 §23.1.3.32 Array.prototype.toLocaleString
        private Object toLocaleString(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            return joinElements(o, len, ",", element -> {
                Object method = Operations.getV(realm, element, "toLocaleString");
                return Operations.toString(realm, Operations.call(realm, method, element, NO_ARGS));
            });
        }

        /** Joins the elements; an array already being joined (a cycle) joins as "", as in V8. */
        private String joinElements(
                JsObject o, long len, String separator, java.util.function.Function<Object, String> text) {
            if (joining.containsKey(o)) {
                return "";
            }
            joining.put(o, Boolean.TRUE);
            try {
                StringBuilder out = new StringBuilder();
                for (long k = 0; k < len; k++) {
                    if (k > 0) {
                        out.append(separator);
                    }
                    Object element = get(o, k);
                    if (!Values.isNullish(element)) {
                        out.append(text.apply(element));
                    }
                }
                return out.toString();
            } finally {
                joining.remove(o);
            }
        }

        // ECMA-262 §23.1.3.36 Array.prototype.toString
        private Object arrayToString(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            Object join = o.get("join");
            JsFunction f = join instanceof JsFunction j ? j : (JsFunction) realm.objectPrototype.get("toString");
            return f.call(o, NO_ARGS);
        }

        // ECMA-262 §23.1.3.22 Array.prototype.pop
        private Object pop(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            if (len == 0) {
                setLength(o, 0);
                return Undefined.INSTANCE;
            }
            long index = len - 1;
            Object element = get(o, index);
            deletePropertyOrThrow(o, index);
            setLength(o, index);
            return element;
        }

        // ECMA-262 §23.1.3.23 Array.prototype.push
        private Object push(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            if (len + args.length > MAX_SAFE_INTEGER) {
                throw realm.typeError("Pushing " + args.length + " elements on an array-like of length " + len
                        + " is disallowed, as the total surpasses 2**53-1");
            }
            for (Object v : args) {
                set(o, len++, v);
            }
            setLength(o, len);
            return (double) len;
        }

        // ECMA-262 §23.1.3.26 Array.prototype.reverse
        private Object reverse(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            long middle = len / 2;
            for (long lower = 0; lower != middle; lower++) {
                long upper = len - lower - 1;
                Object lowerValue = getIfPresent(o, lower);
                boolean lowerExists = lowerValue != ABSENT;
                Object upperValue = getIfPresent(o, upper);
                boolean upperExists = upperValue != ABSENT;
                if (lowerExists && upperExists) {
                    set(o, lower, upperValue);
                    set(o, upper, lowerValue);
                } else if (upperExists) {
                    set(o, lower, upperValue);
                    deletePropertyOrThrow(o, upper);
                } else if (lowerExists) {
                    deletePropertyOrThrow(o, lower);
                    set(o, upper, lowerValue);
                }
            }
            return o;
        }

        // ECMA-262 §23.1.3.27 Array.prototype.shift
        private Object shift(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            if (len == 0) {
                setLength(o, 0);
                return Undefined.INSTANCE;
            }
            Object first = get(o, 0);
            for (long k = 1; k < len; k++) {
                Object value = getIfPresent(o, k);
                if (value != ABSENT) {
                    set(o, k - 1, value);
                } else {
                    deletePropertyOrThrow(o, k - 1);
                }
            }
            deletePropertyOrThrow(o, len - 1);
            setLength(o, len - 1);
            return first;
        }

        // ECMA-262 §23.1.3.37 Array.prototype.unshift
        private Object unshift(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            int argCount = args.length;
            if (argCount > 0) {
                if (len + argCount > MAX_SAFE_INTEGER) {
                    throw realm.typeError("Invalid array length");
                }
                for (long k = len; k > 0; k--) {
                    long from = k - 1;
                    long to = k + argCount - 1;
                    Object value = getIfPresent(o, from);
                    if (value != ABSENT) {
                        set(o, to, value);
                    } else {
                        deletePropertyOrThrow(o, to);
                    }
                }
                for (int j = 0; j < argCount; j++) {
                    set(o, j, args[j]);
                }
            }
            setLength(o, len + argCount);
            return (double) (len + argCount);
        }

        // ECMA-262 §23.1.3.28 Array.prototype.slice
        private Object slice(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            long k = relativeIndex(arg(args, 0), len);
            long fin = arg(args, 1) == Undefined.INSTANCE ? len : relativeIndex(arg(args, 1), len);
            long count = Math.max(fin - k, 0);
            JsObject a = arraySpeciesCreate(o, count);
            long n = 0;
            for (; k < fin; k++, n++) {
                Object value = getIfPresent(o, k);
                if (value != ABSENT) {
                    createDataPropertyOrThrow(a, n, value);
                }
            }
            setLength(a, n);
            return a;
        }

        // The element count that splice deletes and toSpliced skips: the same steps in §23.1.3.31 and §23.1.3.35.
        private long spliceCount(Object[] args, long len, long actualStart) {
            if (args.length == 0) {
                return 0;
            }
            if (args.length == 1) {
                return len - actualStart;
            }
            double count = Operations.toIntegerOrInfinity(realm, args[1]);
            return (long) Math.min(Math.max(count, 0), len - actualStart);
        }

        // ECMA-262 §23.1.3.31 Array.prototype.splice
        private Object splice(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            long actualStart = relativeIndex(arg(args, 0), len);
            int itemCount = Math.max(args.length - 2, 0);
            long deleteCount = spliceCount(args, len, actualStart);
            if (len + itemCount - deleteCount > MAX_SAFE_INTEGER) {
                throw realm.typeError("Invalid array length");
            }
            JsObject a = arraySpeciesCreate(o, deleteCount);
            for (long k = 0; k < deleteCount; k++) {
                long from = actualStart + k;
                Object value = getIfPresent(o, from);
                if (value != ABSENT) {
                    createDataPropertyOrThrow(a, k, value);
                }
            }
            setLength(a, deleteCount);
            if (itemCount < deleteCount) {
                for (long k = actualStart; k < len - deleteCount; k++) {
                    long from = k + deleteCount;
                    long to = k + itemCount;
                    Object value = getIfPresent(o, from);
                    if (value != ABSENT) {
                        set(o, to, value);
                    } else {
                        deletePropertyOrThrow(o, to);
                    }
                }
                for (long k = len; k > len - deleteCount + itemCount; k--) {
                    deletePropertyOrThrow(o, k - 1);
                }
            } else if (itemCount > deleteCount) {
                for (long k = len - deleteCount; k > actualStart; k--) {
                    long from = k + deleteCount - 1;
                    long to = k + itemCount - 1;
                    Object value = getIfPresent(o, from);
                    if (value != ABSENT) {
                        set(o, to, value);
                    } else {
                        deletePropertyOrThrow(o, to);
                    }
                }
            }
            for (int i = 0; i < itemCount; i++) {
                set(o, actualStart + i, args[i + 2]);
            }
            setLength(o, len - deleteCount + itemCount);
            return a;
        }

        // ECMA-262 §23.1.3.30 Array.prototype.sort
        private Object sort(Object thisArg, Object[] args) {
            Object comparefn = arg(args, 0);
            JsFunction compare = comparator(comparefn);
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            List<Object> sorted = sortIndexedProperties(o, len, compare, true);
            long j = 0;
            for (; j < sorted.size(); j++) {
                set(o, j, sorted.get((int) j));
            }
            for (; j < len; j++) {
                deletePropertyOrThrow(o, j);
            }
            return o;
        }

        // ECMA-262 §23.1.3.34 Array.prototype.toSorted
        private Object toSorted(Object thisArg, Object[] args) {
            JsFunction compare = comparator(arg(args, 0));
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            JsArray a = arrayCreate(len);
            List<Object> sorted = sortIndexedProperties(o, len, compare, false);
            for (int j = 0; j < sorted.size(); j++) {
                createDataPropertyOrThrow(a, j, sorted.get(j));
            }
            return a;
        }

        private JsFunction comparator(Object comparefn) {
            if (comparefn == Undefined.INSTANCE) {
                return null;
            }
            if (comparefn instanceof JsFunction f) {
                return f;
            }
            throw realm.typeError("The comparison function must be either a function or undefined");
        }

        /**
         * ECMA-262 §23.1.3.30.1 SortIndexedProperties: reads the elements (skipping holes when asked),
         * sorts them stably, and returns them with every undefined last, never passed to the comparator.
         */
        private List<Object> sortIndexedProperties(JsObject o, long len, JsFunction compare, boolean skipHoles) {
            List<Object> items = new ArrayList<>();
            int undefinedCount = 0;
            for (long k = 0; k < len; k++) {
                Object value = skipHoles ? getIfPresent(o, k) : get(o, k);
                if (value == ABSENT) {
                    continue;
                }
                if (value == Undefined.INSTANCE) {
                    undefinedCount++;
                } else {
                    items.add(value);
                }
            }
            Object[] array = items.toArray();
            new TimSort(array, compare).sort();
            List<Object> result = new ArrayList<>(List.of(array));
            for (int i = 0; i < undefinedCount; i++) {
                result.add(Undefined.INSTANCE);
            }
            return result;
        }

        /**
         * V8's TimSort (third_party/v8/builtins/array-sort.tq), step for step, so a comparator sees the same
         * calls in the same order as in Node, and an inconsistent comparator leaves the same order.
         */
        private final class TimSort {
            private static final int MIN_GALLOP_WINS = 7;
            private final Object[] a;
            private final JsFunction compare;
            private final int[] runBase = new int[85];
            private final int[] runLength = new int[85];
            private int stackSize;
            private int minGallop = MIN_GALLOP_WINS;

            TimSort(Object[] a, JsFunction compare) {
                this.a = a;
                this.compare = compare;
            }

            private double order(Object x, Object y) {
                return sortCompare(x, y, compare);
            }

            void sort() {
                int remaining = a.length;
                if (remaining < 2) {
                    return;
                }
                int low = 0;
                int minRun = minRunLength(remaining);
                while (remaining != 0) {
                    int run = countAndMakeRun(low, low + remaining);
                    if (run < minRun) {
                        int forced = Math.min(minRun, remaining);
                        binaryInsertionSort(low, low + run, low + forced);
                        run = forced;
                    }
                    runBase[stackSize] = low;
                    runLength[stackSize++] = run;
                    mergeCollapse();
                    low += run;
                    remaining -= run;
                }
                while (stackSize > 1) {
                    int n = stackSize - 2;
                    if (n > 0 && runLength[n - 1] < runLength[n + 1]) {
                        n--;
                    }
                    mergeAt(n);
                }
            }

            private static int minRunLength(int n) {
                int r = 0;
                while (n >= 64) {
                    r |= n & 1;
                    n >>= 1;
                }
                return n + r;
            }

            private int countAndMakeRun(int lowArg, int high) {
                int low = lowArg + 1;
                if (low == high) {
                    return 1;
                }
                int run = 2;
                Object previous = a[low];
                boolean descending = order(previous, a[low - 1]) < 0;
                for (int i = low + 1; i < high; i++) {
                    Object current = a[i];
                    double order = order(current, previous);
                    if (descending ? order >= 0 : order < 0) {
                        break;
                    }
                    previous = current;
                    run++;
                }
                if (descending) {
                    for (int i = lowArg, j = lowArg + run - 1; i < j; i++, j--) {
                        Object t = a[i];
                        a[i] = a[j];
                        a[j] = t;
                    }
                }
                return run;
            }

            private void binaryInsertionSort(int low, int startArg, int high) {
                for (int start = low == startArg ? startArg + 1 : startArg; start < high; start++) {
                    int left = low;
                    int right = start;
                    Object pivot = a[start];
                    while (left < right) {
                        int mid = left + ((right - left) >> 1);
                        if (order(pivot, a[mid]) < 0) {
                            right = mid;
                        } else {
                            left = mid + 1;
                        }
                    }
                    System.arraycopy(a, left, a, left + 1, start - left);
                    a[left] = pivot;
                }
            }

            private boolean runInvariantEstablished(int n) {
                return n < 2 || runLength[n - 2] > runLength[n - 1] + runLength[n];
            }

            private void mergeCollapse() {
                while (stackSize > 1) {
                    int n = stackSize - 2;
                    if (!runInvariantEstablished(n + 1) || !runInvariantEstablished(n)) {
                        if (runLength[n - 1] < runLength[n + 1]) {
                            n--;
                        }
                        mergeAt(n);
                    } else if (runLength[n] <= runLength[n + 1]) {
                        mergeAt(n);
                    } else {
                        break;
                    }
                }
            }

            private void mergeAt(int i) {
                int baseA = runBase[i];
                int lengthA = runLength[i];
                int baseB = runBase[i + 1];
                int lengthB = runLength[i + 1];
                runLength[i] = lengthA + lengthB;
                if (i == stackSize - 3) {
                    runBase[i + 1] = runBase[i + 2];
                    runLength[i + 1] = runLength[i + 2];
                }
                stackSize--;
                int k = gallopRight(a, a[baseB], baseA, lengthA, 0);
                baseA += k;
                lengthA -= k;
                if (lengthA == 0) {
                    return;
                }
                lengthB = gallopLeft(a, a[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
                if (lengthB == 0) {
                    return;
                }
                if (lengthA <= lengthB) {
                    mergeLow(baseA, lengthA, baseB, lengthB);
                } else {
                    mergeHigh(baseA, lengthA, baseB, lengthB);
                }
            }

            /** Where {@code key} goes in the sorted run, left of any equal elements. */
            private int gallopLeft(Object[] array, Object key, int base, int length, int hint) {
                int lastOfs = 0;
                int offset = 1;
                if (order(array[base + hint], key) < 0) {
                    int maxOfs = length - hint;
                    while (offset < maxOfs) {
                        if (order(array[base + hint + offset], key) >= 0) {
                            break;
                        }
                        lastOfs = offset;
                        offset = (offset << 1) + 1;
                        if (offset <= 0) {
                            offset = maxOfs;
                        }
                    }
                    offset = Math.min(offset, maxOfs);
                    lastOfs += hint;
                    offset += hint;
                } else {
                    int maxOfs = hint + 1;
                    while (offset < maxOfs) {
                        if (order(array[base + hint - offset], key) < 0) {
                            break;
                        }
                        lastOfs = offset;
                        offset = (offset << 1) + 1;
                        if (offset <= 0) {
                            offset = maxOfs;
                        }
                    }
                    offset = Math.min(offset, maxOfs);
                    int t = lastOfs;
                    lastOfs = hint - offset;
                    offset = hint - t;
                }
                lastOfs++;
                while (lastOfs < offset) {
                    int m = lastOfs + ((offset - lastOfs) >> 1);
                    if (order(array[base + m], key) < 0) {
                        lastOfs = m + 1;
                    } else {
                        offset = m;
                    }
                }
                return offset;
            }

            /** Where {@code key} goes in the sorted run, right of any equal elements. */
            private int gallopRight(Object[] array, Object key, int base, int length, int hint) {
                int lastOfs = 0;
                int offset = 1;
                if (order(key, array[base + hint]) < 0) {
                    int maxOfs = hint + 1;
                    while (offset < maxOfs) {
                        if (order(key, array[base + hint - offset]) >= 0) {
                            break;
                        }
                        lastOfs = offset;
                        offset = (offset << 1) + 1;
                        if (offset <= 0) {
                            offset = maxOfs;
                        }
                    }
                    offset = Math.min(offset, maxOfs);
                    int t = lastOfs;
                    lastOfs = hint - offset;
                    offset = hint - t;
                } else {
                    int maxOfs = length - hint;
                    while (offset < maxOfs) {
                        if (order(key, array[base + hint + offset]) < 0) {
                            break;
                        }
                        lastOfs = offset;
                        offset = (offset << 1) + 1;
                        if (offset <= 0) {
                            offset = maxOfs;
                        }
                    }
                    offset = Math.min(offset, maxOfs);
                    lastOfs += hint;
                    offset += hint;
                }
                lastOfs++;
                while (lastOfs < offset) {
                    int m = lastOfs + ((offset - lastOfs) >> 1);
                    if (order(key, array[base + m]) < 0) {
                        offset = m;
                    } else {
                        lastOfs = m + 1;
                    }
                }
                return offset;
            }

            private void mergeLow(int baseA, int lengthA, int baseB, int lengthB) {
                Object[] temp = java.util.Arrays.copyOfRange(a, baseA, baseA + lengthA);
                int dest = baseA;
                int cursorTemp = 0;
                int cursorB = baseB;
                a[dest++] = a[cursorB++];
                boolean copyB;
                merge:
                {
                    if (--lengthB == 0) {
                        copyB = false;
                        break merge;
                    }
                    if (lengthA == 1) {
                        copyB = true;
                        break merge;
                    }
                    while (true) {
                        int winsA = 0;
                        int winsB = 0;
                        while (true) {
                            if (order(a[cursorB], temp[cursorTemp]) < 0) {
                                a[dest++] = a[cursorB++];
                                winsB++;
                                lengthB--;
                                winsA = 0;
                                if (lengthB == 0) {
                                    copyB = false;
                                    break merge;
                                }
                                if (winsB >= minGallop) {
                                    break;
                                }
                            } else {
                                a[dest++] = temp[cursorTemp++];
                                winsA++;
                                lengthA--;
                                winsB = 0;
                                if (lengthA == 1) {
                                    copyB = true;
                                    break merge;
                                }
                                if (winsA >= minGallop) {
                                    break;
                                }
                            }
                        }
                        minGallop++;
                        boolean first = true;
                        while (winsA >= MIN_GALLOP_WINS || winsB >= MIN_GALLOP_WINS || first) {
                            first = false;
                            minGallop = Math.max(1, minGallop - 1);
                            winsA = gallopRight(temp, a[cursorB], cursorTemp, lengthA, 0);
                            if (winsA > 0) {
                                System.arraycopy(temp, cursorTemp, a, dest, winsA);
                                dest += winsA;
                                cursorTemp += winsA;
                                lengthA -= winsA;
                                if (lengthA == 1) {
                                    copyB = true;
                                    break merge;
                                }
                                if (lengthA == 0) {
                                    copyB = false;
                                    break merge;
                                }
                            }
                            a[dest++] = a[cursorB++];
                            if (--lengthB == 0) {
                                copyB = false;
                                break merge;
                            }
                            winsB = gallopLeft(a, temp[cursorTemp], cursorB, lengthB, 0);
                            if (winsB > 0) {
                                System.arraycopy(a, cursorB, a, dest, winsB);
                                dest += winsB;
                                cursorB += winsB;
                                lengthB -= winsB;
                                if (lengthB == 0) {
                                    copyB = false;
                                    break merge;
                                }
                            }
                            a[dest++] = temp[cursorTemp++];
                            if (--lengthA == 1) {
                                copyB = true;
                                break merge;
                            }
                        }
                        minGallop++;
                    }
                }
                if (copyB) {
                    System.arraycopy(a, cursorB, a, dest, lengthB);
                    a[dest + lengthB] = temp[cursorTemp];
                } else if (lengthA > 0) {
                    System.arraycopy(temp, cursorTemp, a, dest, lengthA);
                }
            }

            private void mergeHigh(int baseA, int lengthA, int baseB, int lengthB) {
                Object[] temp = java.util.Arrays.copyOfRange(a, baseB, baseB + lengthB);
                int dest = baseB + lengthB - 1;
                int cursorTemp = lengthB - 1;
                int cursorA = baseA + lengthA - 1;
                a[dest--] = a[cursorA--];
                boolean copyA;
                merge:
                {
                    if (--lengthA == 0) {
                        copyA = false;
                        break merge;
                    }
                    if (lengthB == 1) {
                        copyA = true;
                        break merge;
                    }
                    while (true) {
                        int winsA = 0;
                        int winsB = 0;
                        while (true) {
                            if (order(temp[cursorTemp], a[cursorA]) < 0) {
                                a[dest--] = a[cursorA--];
                                winsA++;
                                lengthA--;
                                winsB = 0;
                                if (lengthA == 0) {
                                    copyA = false;
                                    break merge;
                                }
                                if (winsA >= minGallop) {
                                    break;
                                }
                            } else {
                                a[dest--] = temp[cursorTemp--];
                                winsB++;
                                lengthB--;
                                winsA = 0;
                                if (lengthB == 1) {
                                    copyA = true;
                                    break merge;
                                }
                                if (winsB >= minGallop) {
                                    break;
                                }
                            }
                        }
                        minGallop++;
                        boolean first = true;
                        while (winsA >= MIN_GALLOP_WINS || winsB >= MIN_GALLOP_WINS || first) {
                            first = false;
                            minGallop = Math.max(1, minGallop - 1);
                            int k = gallopRight(a, temp[cursorTemp], baseA, lengthA, lengthA - 1);
                            winsA = lengthA - k;
                            if (winsA > 0) {
                                dest -= winsA;
                                cursorA -= winsA;
                                System.arraycopy(a, cursorA + 1, a, dest + 1, winsA);
                                lengthA -= winsA;
                                if (lengthA == 0) {
                                    copyA = false;
                                    break merge;
                                }
                            }
                            a[dest--] = temp[cursorTemp--];
                            if (--lengthB == 1) {
                                copyA = true;
                                break merge;
                            }
                            k = gallopLeft(temp, a[cursorA], 0, lengthB, lengthB - 1);
                            winsB = lengthB - k;
                            if (winsB > 0) {
                                dest -= winsB;
                                cursorTemp -= winsB;
                                System.arraycopy(temp, cursorTemp + 1, a, dest + 1, winsB);
                                lengthB -= winsB;
                                if (lengthB == 1) {
                                    copyA = true;
                                    break merge;
                                }
                                if (lengthB == 0) {
                                    copyA = false;
                                    break merge;
                                }
                            }
                            a[dest--] = a[cursorA--];
                            if (--lengthA == 0) {
                                copyA = false;
                                break merge;
                            }
                        }
                        minGallop++;
                    }
                }
                if (copyA) {
                    dest -= lengthA;
                    cursorA -= lengthA;
                    System.arraycopy(a, cursorA + 1, a, dest + 1, lengthA);
                    a[dest] = temp[cursorTemp];
                } else if (lengthB > 0) {
                    System.arraycopy(temp, 0, a, dest - (lengthB - 1), lengthB);
                }
            }
        }

        // ECMA-262 §23.1.3.30.2 SortCompare (undefined never reaches here)
        private double sortCompare(Object x, Object y, JsFunction compare) {
            if (compare != null) {
                double v = Operations.toNumber(realm, compare.call(Undefined.INSTANCE, new Object[] {x, y}));
                return Double.isNaN(v) ? 0 : v;
            }
            String xs = Operations.toString(realm, x);
            String ys = Operations.toString(realm, y);
            return xs.compareTo(ys);
        }

        // ECMA-262 §23.1.3.33 Array.prototype.toReversed
        private Object toReversed(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            JsArray a = arrayCreate(len);
            for (long k = 0; k < len; k++) {
                createDataPropertyOrThrow(a, k, get(o, len - 1 - k));
            }
            return a;
        }

        // ECMA-262 §23.1.3.35 Array.prototype.toSpliced
        private Object toSpliced(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            long actualStart = relativeIndex(arg(args, 0), len);
            int insertCount = Math.max(args.length - 2, 0);
            long skipCount = spliceCount(args, len, actualStart);
            long newLen = len + insertCount - skipCount;
            if (newLen > MAX_SAFE_INTEGER) {
                throw realm.typeError("Invalid array length");
            }
            JsArray a = arrayCreate(newLen);
            long i = 0;
            for (; i < actualStart; i++) {
                createDataPropertyOrThrow(a, i, get(o, i));
            }
            for (int j = 0; j < insertCount; j++) {
                createDataPropertyOrThrow(a, i++, args[j + 2]);
            }
            for (long r = actualStart + skipCount; i < newLen; i++, r++) {
                createDataPropertyOrThrow(a, i, get(o, r));
            }
            return a;
        }

        // ECMA-262 §23.1.3.39 Array.prototype.with
        private Object with(Object thisArg, Object[] args) {
            JsObject o = Operations.toObject(realm, thisArg);
            long len = lengthOf(o);
            double relative = Operations.toIntegerOrInfinity(realm, arg(args, 0));
            double actual = relative >= 0 ? relative : len + relative;
            if (actual >= len || actual < 0) {
                double shown = Operations.toNumber(realm, arg(args, 0));
                throw realm.rangeError("Invalid index : " + Values.numberToString(shown));
            }
            JsArray a = arrayCreate(len);
            Object value = arg(args, 1);
            for (long k = 0; k < len; k++) {
                createDataPropertyOrThrow(a, k, k == (long) actual ? value : get(o, k));
            }
            return a;
        }

        // ---- iterators -----------------------------------------------------------------------------

        // ECMA-262 §23.1.5.1 CreateArrayIterator
        private Object createArrayIterator(Object thisArg, IterationKind kind) {
            JsObject o = Operations.toObject(realm, thisArg);
            return new KeyedArrayIterator(realm.arrayIteratorPrototype, o, kind);
        }

        // ECMA-262 §23.1.5.2.1 %ArrayIteratorPrototype%.next
        private Object arrayIteratorNext(Object thisValue) {
            JsObject target;
            long index;
            boolean done;
            if (thisValue instanceof KeyedArrayIterator it) {
                target = it.target;
                index = it.index;
                done = it.done;
            } else if (thisValue instanceof CoreBuiltins.ArrayIterator it) {
                target = it.target;
                index = it.index;
                done = it.done;
            } else {
                throw realm.typeError(
                        "Method Array Iterator.prototype.next called on incompatible receiver " + describe(thisValue));
            }
            JsObject result = realm.newObject();
            if (!done) {
                long len = lengthOf(target);
                if (index >= len) {
                    done = true;
                }
            }
            if (done) {
                markDone(thisValue);
                result.set("value", Undefined.INSTANCE);
                result.set("done", true);
                return result;
            }
            Object value;
            if (thisValue instanceof KeyedArrayIterator it) {
                it.index++;
                value = it.kind == IterationKind.KEYS
                        ? (Object) (double) index
                        : realm.newArray(List.of((double) index, get(target, index)));
            } else {
                ((CoreBuiltins.ArrayIterator) thisValue).index++;
                value = get(target, index);
            }
            result.set("value", value);
            result.set("done", false);
            return result;
        }

        private static void markDone(Object iterator) {
            if (iterator instanceof KeyedArrayIterator it) {
                it.done = true;
            } else {
                ((CoreBuiltins.ArrayIterator) iterator).done = true;
            }
        }
    }
}
