package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import java.util.Map;

/**
 * Private class members (ECMA-262 §7.3.26-31): each evaluation of a class body makes fresh
 * {@link Name}s, and an object's private elements are keyed by their identity.
 */
final class PrivateNames {
    private PrivateNames() {}

    /** A Private Name: identity plus the {@code #name} it was written as. */
    record Name(String description) {
        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return description;
        }
    }

    static boolean has(JsObject o, Name name) {
        Map<Object, Object> elements = o.privateElements(false);
        return elements != null && elements.containsKey(name);
    }

    /** ECMA-262 §7.3.31 PrivateGet. */
    static Object get(Realm realm, Object target, Name name) {
        if (!(target instanceof JsObject o) || !has(o, name)) {
            throw realm.typeError(
                    "Cannot read private member " + name + " from an object whose class did not declare it");
        }
        return o.privateElements(false).get(name);
    }

    /** ECMA-262 §7.3.32 PrivateSet. */
    static void set(Realm realm, Object target, Name name, Object value) {
        if (!(target instanceof JsObject o) || !has(o, name)) {
            throw realm.typeError(
                    "Cannot write private member " + name + " to an object whose class did not declare it");
        }
        o.privateElements(false).put(name, value);
    }

    /** ECMA-262 §7.3.28 PrivateFieldAdd. */
    static void define(Realm realm, JsObject o, Name name, Object value) {
        if (has(o, name)) {
            throw realm.typeError("Cannot initialize " + name + " twice on the same object");
        }
        o.privateElements(true).put(name, value);
    }
}
