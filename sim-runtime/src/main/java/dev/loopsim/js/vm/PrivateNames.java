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

    /** ECMA-262 PrivateElement kinds beside plain fields: a method, or a getter/setter pair. */
    record Method(Object function) {}

    record Accessor(Object getter, Object setter) {}

    static final int FIELD = 0;
    static final int METHOD = 1;
    static final int GETTER = 2;
    static final int SETTER = 3;

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
        Object element = o.privateElements(false).get(name);
        if (element instanceof Method m) {
            return m.function();
        }
        if (element instanceof Accessor a) {
            if (a.getter() == null) {
                throw realm.typeError("'" + name + "' was defined without a getter");
            }
            return Operations.call(realm, a.getter(), target, new Object[0]);
        }
        return element;
    }

    /** ECMA-262 §7.3.32 PrivateSet. */
    static void set(Realm realm, Object target, Name name, Object value) {
        if (!(target instanceof JsObject o) || !has(o, name)) {
            throw realm.typeError(
                    "Cannot write private member " + name + " to an object whose class did not declare it");
        }
        Object element = o.privateElements(false).get(name);
        if (element instanceof Method) {
            throw realm.typeError("Private method '" + name + "' is not writable");
        }
        if (element instanceof Accessor a) {
            if (a.setter() == null) {
                throw realm.typeError("'" + name + "' was defined without a setter");
            }
            Operations.call(realm, a.setter(), target, new Object[] {value});
            return;
        }
        o.privateElements(false).put(name, value);
    }

    /** ECMA-262 §7.3.28-29 PrivateFieldAdd and PrivateMethodOrAccessorAdd; a getter and setter pair up. */
    static void define(Realm realm, JsObject o, Name name, Object value, int kind) {
        Object existing = has(o, name) ? o.privateElements(false).get(name) : null;
        if (existing instanceof Accessor a
                && (kind == GETTER && a.getter() == null || kind == SETTER && a.setter() == null)) {
            o.privateElements(true)
                    .put(name, kind == GETTER ? new Accessor(value, a.setter()) : new Accessor(a.getter(), value));
            return;
        }
        if (existing != null || has(o, name)) {
            throw realm.typeError("Cannot initialize " + name + " twice on the same object");
        }
        Object element =
                switch (kind) {
                    case METHOD -> new Method(value);
                    case GETTER -> new Accessor(value, null);
                    case SETTER -> new Accessor(null, value);
                    default -> value;
                };
        o.privateElements(true).put(name, element);
    }
}
