package dev.loopsim.js.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Map or Set's [[MapData]]/[[SetData]] (ECMA-262 §24.1-2): entries in insertion order, keys compared
 * with SameValueZero. Deleted entries leave a tombstone so live iterators keep their place, as the spec's
 * list semantics require; {@link #compact} runs when no iterator can observe it.
 */
public class JsMap extends JsObject {
    /** A removed entry's key, so iterators skip it. */
    private static final Object REMOVED = new Object();

    private final boolean isSet;
    private final List<Object> keys = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();
    private final Map<Object, Integer> index = new HashMap<>();
    private int size;

    public JsMap(JsObject prototype, boolean isSet) {
        super(prototype);
        this.isSet = isSet;
    }

    @Override
    public String className() {
        return isSet ? "Set" : "Map";
    }

    public boolean isSet() {
        return isSet;
    }

    /** SameValueZero as a Java map key: -0 is 0, every NaN is one NaN. */
    private static Object normalize(Object key) {
        if (key instanceof Double d) {
            if (d == 0) {
                return 0.0;
            }
            if (d.isNaN()) {
                return Double.NaN;
            }
        }
        return key instanceof String
                        || key instanceof Double
                        || key instanceof Boolean
                        || key instanceof java.math.BigInteger
                ? key
                : new Identity(key);
    }

    /** Objects, symbols, undefined and null compare by identity; BigInts by value, as their equals does. */
    private record Identity(Object value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity other && other.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    public int size() {
        return size;
    }

    public boolean mapHas(Object key) {
        return index.containsKey(normalize(key));
    }

    /** The value for {@code key}, or null when absent. */
    public Object mapGet(Object key) {
        Integer i = index.get(normalize(key));
        return i == null ? null : values.get(i);
    }

    /** Adds or replaces an entry; a key of -0 is stored as +0, as Map.prototype.set does. */
    public void mapSet(Object key, Object value) {
        Object k = key instanceof Double d && d == 0 ? (Object) 0.0 : key;
        Integer i = index.get(normalize(k));
        if (i != null) {
            values.set(i, value);
            return;
        }
        index.put(normalize(k), keys.size());
        keys.add(k);
        values.add(value);
        size++;
    }

    public boolean mapDelete(Object key) {
        Integer i = index.remove(normalize(key));
        if (i == null) {
            return false;
        }
        keys.set(i, REMOVED);
        values.set(i, null);
        size--;
        return true;
    }

    public void mapClear() {
        for (int i = 0; i < keys.size(); i++) {
            keys.set(i, REMOVED);
            values.set(i, null);
        }
        index.clear();
        size = 0;
    }

    /** Positions run from 0 to {@link #slots()}; an iterator walks them and skips removed ones. */
    public int slots() {
        return keys.size();
    }

    public boolean isLive(int slot) {
        return keys.get(slot) != REMOVED;
    }

    public Object keyAt(int slot) {
        return keys.get(slot);
    }

    public Object valueAt(int slot) {
        return values.get(slot);
    }
}
