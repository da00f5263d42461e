package dev.loopsim.js.builtins;

import static dev.loopsim.js.builtins.CoreBuiltins.arg;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsMap;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Map, Set, WeakMap and WeakSet (ECMA-262 §24). Map and Set keep their entries in a {@link JsMap}, whose
 * tombstones give iterators the spec's live view. The weak collections hold their keys in an
 * IdentityHashMap: a simulation is short-lived and must be deterministic, so nothing is ever collected.
 */
public final class CollectionBuiltins {
    private CollectionBuiltins() {}

    public static void install(Realm realm) {
        installMap(realm);
        installSet(realm);
        installWeak(realm, "WeakMap");
        installWeak(realm, "WeakSet");
    }

    private static NativeFunction taggedConstructor(
            Realm realm, String name, int length, JsObject prototype, NativeFunction.Body body) {
        NativeFunction c = realm.constructor(name, length, prototype, body);
        prototype.defineOwn(JsSymbol.TO_STRING_TAG, name, Property.CONFIGURABLE);
        return c;
    }

    /** The prototype a constructor call should use: newTarget.prototype when it is an object. */
    private static JsObject prototypeFrom(JsObject newTarget, JsObject fallback) {
        return newTarget.get("prototype") instanceof JsObject p ? p : fallback;
    }

    private static void requireNew(Realm realm, JsObject newTarget, String name) {
        if (newTarget == null) {
            throw realm.typeError("Constructor " + name + " requires 'new'");
        }
    }

    private static void speciesGetter(Realm realm, JsObject constructor) {
        constructor.defineAccessor(
                JsSymbol.SPECIES,
                realm.function("get [Symbol.species]", 0, (t, a, n) -> t),
                null,
                Property.CONFIGURABLE);
    }

    private static JsMap thisCollection(Realm realm, Object thisValue, boolean set, String method) {
        if (thisValue instanceof JsMap m && m.isSet() == set) {
            return m;
        }
        String getter = method.equals("size") ? "get " : "";
        throw realm.typeError("Method " + getter + (set ? "Set" : "Map") + ".prototype." + method
                + " called on incompatible receiver " + Operations.toDisplay(thisValue));
    }

    // ---- Map ---------------------------------------------------------------------------------------

    private static void installMap(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        JsObject iteratorProto = iteratorPrototype(realm, "Map Iterator");
        NativeFunction map = taggedConstructor(realm, "Map", 0, proto, (t, a, nt) -> {
            // ECMA-262 §24.1.1.1 Map(iterable)
            requireNew(realm, nt, "Map");
            JsMap m = new JsMap(prototypeFrom(nt, proto), false);
            Object iterable = arg(a, 0);
            if (!Values.isNullish(iterable)) {
                addEntriesFromIterable(realm, m, iterable);
            }
            return m;
        });
        speciesGetter(realm, map);
        realm.method(proto, "get", 1, (t, a, n) -> {
            Object v = thisCollection(realm, t, false, "get").mapGet(arg(a, 0));
            return v == null ? Undefined.INSTANCE : v;
        });
        realm.method(proto, "set", 2, (t, a, n) -> {
            thisCollection(realm, t, false, "set").mapSet(arg(a, 0), arg(a, 1));
            return t;
        });
        realm.method(proto, "has", 1, (t, a, n) -> thisCollection(realm, t, false, "has")
                .mapHas(arg(a, 0)));
        realm.method(proto, "delete", 1, (t, a, n) -> thisCollection(realm, t, false, "delete")
                .mapDelete(arg(a, 0)));
        realm.method(proto, "clear", 0, (t, a, n) -> {
            thisCollection(realm, t, false, "clear").mapClear();
            return Undefined.INSTANCE;
        });
        realm.method(proto, "forEach", 1, (t, a, n) -> {
            JsMap m = thisCollection(realm, t, false, "forEach");
            JsFunction callback = ObjectBuiltins.requireCallable(realm, arg(a, 0));
            for (int i = 0; i < m.slots(); i++) {
                if (m.isLive(i)) {
                    callback.call(arg(a, 1), new Object[] {m.valueAt(i), m.keyAt(i), m});
                }
            }
            return Undefined.INSTANCE;
        });
        proto.defineAccessor(
                "size",
                realm.function("get size", 0, (t, a, n) ->
                        (double) thisCollection(realm, t, false, "size").size()),
                null,
                Property.CONFIGURABLE);
        realm.method(
                proto,
                "keys",
                0,
                (t, a, n) -> new CollectionIterator(iteratorProto, thisCollection(realm, t, false, "keys"), Kind.KEY));
        realm.method(
                proto,
                "values",
                0,
                (t, a, n) ->
                        new CollectionIterator(iteratorProto, thisCollection(realm, t, false, "values"), Kind.VALUE));
        NativeFunction entries = realm.function(
                "entries",
                0,
                (t, a, n) ->
                        new CollectionIterator(iteratorProto, thisCollection(realm, t, false, "entries"), Kind.ENTRY));
        proto.defineOwn("entries", entries, Property.HIDDEN);
        proto.defineOwn(JsSymbol.ITERATOR, entries, Property.HIDDEN);
    }

    /** ECMA-262 §24.1.1.2 AddEntriesFromIterable, with Map.prototype.set as the adder. */
    private static void addEntriesFromIterable(Realm realm, JsMap target, Object iterable) {
        Object adder = target.get("set");
        if (!(adder instanceof JsFunction set)) {
            throw realm.typeError("'" + Operations.toDisplay(adder) + "' returned for property 'set' of object '"
                    + Operations.toDisplay(target) + "' is not a function");
        }
        ObjectBuiltins.iterate(realm, iterable, entry -> {
            if (!(entry instanceof JsObject e)) {
                throw realm.typeError("Iterator value " + Operations.toDisplay(entry) + " is not an entry object");
            }
            set.call(target, new Object[] {e.get("0"), e.get("1")});
        });
    }

    // ---- Set ---------------------------------------------------------------------------------------

    private static void installSet(Realm realm) {
        JsObject proto = new JsObject(realm.objectPrototype);
        JsObject iteratorProto = iteratorPrototype(realm, "Set Iterator");
        NativeFunction set = taggedConstructor(realm, "Set", 0, proto, (t, a, nt) -> {
            // ECMA-262 §24.2.1.1 Set(iterable)
            requireNew(realm, nt, "Set");
            JsMap s = new JsMap(prototypeFrom(nt, proto), true);
            Object iterable = arg(a, 0);
            if (!Values.isNullish(iterable)) {
                Object adder = s.get("add");
                if (!(adder instanceof JsFunction add)) {
                    throw realm.typeError("'" + Operations.toDisplay(adder)
                            + "' returned for property 'add' of object '#<Set>' is not a function");
                }
                ObjectBuiltins.iterate(realm, iterable, v -> add.call(s, new Object[] {v}));
            }
            return s;
        });
        speciesGetter(realm, set);
        realm.method(proto, "add", 1, (t, a, n) -> {
            JsMap s = thisCollection(realm, t, true, "add");
            if (!s.mapHas(arg(a, 0))) {
                s.mapSet(arg(a, 0), arg(a, 0));
            }
            return t;
        });
        realm.method(proto, "has", 1, (t, a, n) -> thisCollection(realm, t, true, "has")
                .mapHas(arg(a, 0)));
        realm.method(proto, "delete", 1, (t, a, n) -> thisCollection(realm, t, true, "delete")
                .mapDelete(arg(a, 0)));
        realm.method(proto, "clear", 0, (t, a, n) -> {
            thisCollection(realm, t, true, "clear").mapClear();
            return Undefined.INSTANCE;
        });
        realm.method(proto, "forEach", 1, (t, a, n) -> {
            JsMap s = thisCollection(realm, t, true, "forEach");
            JsFunction callback = ObjectBuiltins.requireCallable(realm, arg(a, 0));
            for (int i = 0; i < s.slots(); i++) {
                if (s.isLive(i)) {
                    callback.call(arg(a, 1), new Object[] {s.keyAt(i), s.keyAt(i), s});
                }
            }
            return Undefined.INSTANCE;
        });
        proto.defineAccessor(
                "size",
                realm.function("get size", 0, (t, a, n) ->
                        (double) thisCollection(realm, t, true, "size").size()),
                null,
                Property.CONFIGURABLE);
        realm.method(
                proto,
                "entries",
                0,
                (t, a, n) ->
                        new CollectionIterator(iteratorProto, thisCollection(realm, t, true, "entries"), Kind.ENTRY));
        NativeFunction values = realm.function(
                "values",
                0,
                (t, a, n) ->
                        new CollectionIterator(iteratorProto, thisCollection(realm, t, true, "values"), Kind.VALUE));
        proto.defineOwn("values", values, Property.HIDDEN);
        proto.defineOwn("keys", values, Property.HIDDEN);
        proto.defineOwn(JsSymbol.ITERATOR, values, Property.HIDDEN);
    }

    // ---- iterators ---------------------------------------------------------------------------------

    private enum Kind {
        KEY,
        VALUE,
        ENTRY
    }

    /** A Map or Set Iterator (ECMA-262 §24.1.5, §24.2.5): the collection, the next slot, and the kind. */
    private static final class CollectionIterator extends JsObject {
        /** Null once the iterator has finished: a finished iterator stays finished. */
        JsMap collection;

        final boolean forSet;
        final Kind kind;
        int slot;

        CollectionIterator(JsObject prototype, JsMap collection, Kind kind) {
            super(prototype);
            this.collection = collection;
            this.forSet = collection.isSet();
            this.kind = kind;
        }
    }

    /** %MapIteratorPrototype% or %SetIteratorPrototype%, with next and the tag {@code name}. */
    private static JsObject iteratorPrototype(Realm realm, String name) {
        JsObject proto = new JsObject(realm.iteratorPrototype);
        proto.defineOwn(JsSymbol.TO_STRING_TAG, name, Property.CONFIGURABLE);
        boolean forSet = name.startsWith("Set");
        realm.method(proto, "next", 0, (t, a, n) -> {
            if (!(t instanceof CollectionIterator it) || it.forSet != forSet) {
                throw realm.typeError("Method " + name + ".prototype.next called on incompatible receiver "
                        + Operations.toDisplay(t));
            }
            return collectionIteratorNext(realm, it);
        });
        return proto;
    }

    // ECMA-262 §24.1.5.2.1 %MapIteratorPrototype%.next
    private static Object collectionIteratorNext(Realm realm, CollectionIterator it) {
        JsObject result = realm.newObject();
        JsMap m = it.collection;
        if (m != null) {
            while (it.slot < m.slots()) {
                int i = it.slot++;
                if (!m.isLive(i)) {
                    continue;
                }
                Object value =
                        switch (it.kind) {
                            case KEY -> m.keyAt(i);
                            case VALUE -> m.isSet() ? m.keyAt(i) : m.valueAt(i);
                            case ENTRY -> realm.newArray(List.of(m.keyAt(i), m.isSet() ? m.keyAt(i) : m.valueAt(i)));
                        };
                result.defineOwn("value", value, Property.DEFAULT);
                result.defineOwn("done", false, Property.DEFAULT);
                return result;
            }
            it.collection = null;
        }
        result.defineOwn("value", Undefined.INSTANCE, Property.DEFAULT);
        result.defineOwn("done", true, Property.DEFAULT);
        return result;
    }

    // ---- WeakMap and WeakSet -----------------------------------------------------------------------

    /** A WeakMap or WeakSet: keys by identity; a WeakSet maps each member to itself. */
    private static final class WeakCollection extends JsObject {
        final boolean isSet;
        final Map<Object, Object> entries = new IdentityHashMap<>();

        WeakCollection(JsObject prototype, boolean isSet) {
            super(prototype);
            this.isSet = isSet;
        }

        @Override
        public String className() {
            return isSet ? "WeakSet" : "WeakMap";
        }
    }

    /** ECMA-262 §9.13 CanBeHeldWeakly: objects and symbols that are not in the registry. */
    private static boolean canBeHeldWeakly(Realm realm, Object v) {
        return v instanceof JsObject || (v instanceof JsSymbol s && !SymbolRegistryBuiltins.isRegistered(realm, s));
    }

    private static void installWeak(Realm realm, String name) {
        boolean isSet = name.equals("WeakSet");
        JsObject proto = new JsObject(realm.objectPrototype);
        taggedConstructor(realm, name, 0, proto, (t, a, nt) -> {
            requireNew(realm, nt, name);
            WeakCollection w = new WeakCollection(prototypeFrom(nt, proto), isSet);
            Object iterable = arg(a, 0);
            if (!Values.isNullish(iterable)) {
                String adderName = isSet ? "add" : "set";
                Object adder = w.get(adderName);
                if (!(adder instanceof JsFunction f)) {
                    throw realm.typeError("'" + Operations.toDisplay(adder) + "' returned for property '" + adderName
                            + "' of object '#<" + name + ">' is not a function");
                }
                ObjectBuiltins.iterate(realm, iterable, entry -> {
                    if (isSet) {
                        f.call(w, new Object[] {entry});
                        return;
                    }
                    if (!(entry instanceof JsObject e)) {
                        throw realm.typeError(
                                "Iterator value " + Operations.toDisplay(entry) + " is not an entry object");
                    }
                    f.call(w, new Object[] {e.get("0"), e.get("1")});
                });
            }
            return w;
        });
        if (isSet) {
            realm.method(proto, "add", 1, (t, a, n) -> {
                WeakCollection w = thisWeak(realm, t, true, "add");
                if (!canBeHeldWeakly(realm, arg(a, 0))) {
                    throw realm.typeError("Invalid value used in weak set");
                }
                w.entries.put(arg(a, 0), arg(a, 0));
                return t;
            });
        } else {
            realm.method(proto, "get", 1, (t, a, n) -> {
                Object v = thisWeak(realm, t, false, "get").entries.get(arg(a, 0));
                return v == null ? Undefined.INSTANCE : v;
            });
            realm.method(proto, "set", 2, (t, a, n) -> {
                WeakCollection w = thisWeak(realm, t, false, "set");
                if (!canBeHeldWeakly(realm, arg(a, 0))) {
                    throw realm.typeError("Invalid value used as weak map key");
                }
                w.entries.put(arg(a, 0), arg(a, 1));
                return t;
            });
        }
        realm.method(proto, "has", 1, (t, a, n) -> thisWeak(realm, t, isSet, "has")
                .entries
                .containsKey(arg(a, 0)));
        realm.method(proto, "delete", 1, (t, a, n) -> {
            WeakCollection w = thisWeak(realm, t, isSet, "delete");
            return canBeHeldWeakly(realm, arg(a, 0)) && w.entries.remove(arg(a, 0)) != null;
        });
    }

    private static WeakCollection thisWeak(Realm realm, Object thisValue, boolean set, String method) {
        if (thisValue instanceof WeakCollection w && w.isSet == set) {
            return w;
        }
        throw realm.typeError("Method " + (set ? "WeakSet" : "WeakMap") + ".prototype." + method
                + " called on incompatible receiver " + Operations.toDisplay(thisValue));
    }
}
