package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Values;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;

/**
 * The keys a for-in loop visits (ECMA-262 §14.7.5.9): enumerable string keys of the object and then of
 * its prototypes, each name once, skipping keys deleted before they are reached.
 */
final class ForIn {
    private final Set<Object> visited = new HashSet<>();
    private final ArrayDeque<Object> pending = new ArrayDeque<>();
    private JsObject current;

    ForIn(Realm realm, Object value) {
        this.current = Values.isNullish(value) ? null : Operations.toObject(realm, value);
        load();
    }

    private void load() {
        if (current != null) {
            for (Object key : current.ownPropertyKeys()) {
                if (key instanceof String) {
                    pending.add(key);
                }
            }
        }
    }

    /** The next key, or null when the loop is over. */
    String next() {
        while (current != null) {
            while (!pending.isEmpty()) {
                Object key = pending.poll();
                if (!visited.add(key)) {
                    continue;
                }
                Property p = current.getOwnProperty(key);
                if (p != null && p.enumerable()) {
                    return (String) key;
                }
            }
            current = current.getPrototypeOf();
            load();
        }
        return null;
    }
}
