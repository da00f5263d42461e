package dev.loopsim.js.value;

import java.util.ArrayList;
import java.util.List;

/**
 * A built-in function implemented in Java. Its {@code length} and {@code name} properties are kept as
 * fields and shown as own properties until a script redefines or deletes one: engines make thousands
 * of these (two per promise), and most never have a property read.
 */
public final class NativeFunction extends JsFunction {

    /** The Java body of a built-in; {@code newTarget} is null for a plain call. */
    @FunctionalInterface
    public interface Body {
        Object apply(Object thisArg, Object[] args, JsObject newTarget);
    }

    private final Body body;
    private final boolean constructor;
    private final double length;
    private final String name;
    /** Whether length and name still come from the fields (not yet redefined or deleted). */
    private boolean lengthImplicit = true;

    private boolean nameImplicit = true;

    public NativeFunction(JsObject prototype, String name, int length, boolean constructor, Body body) {
        super(prototype);
        this.body = body;
        this.constructor = constructor;
        this.length = length;
        this.name = name;
    }

    @Override
    public Object call(Object thisArg, Object[] args) {
        return body.apply(thisArg, args, null);
    }

    @Override
    public boolean isConstructor() {
        return constructor;
    }

    @Override
    public Object construct(Object[] args, JsObject newTarget) {
        return body.apply(null, args, newTarget);
    }

    @Override
    public Property getOwnProperty(Object key) {
        if (lengthImplicit && "length".equals(key)) {
            return new Property(length, Property.CONFIGURABLE);
        }
        if (nameImplicit && "name".equals(key)) {
            return new Property(name, Property.CONFIGURABLE);
        }
        return super.getOwnProperty(key);
    }

    @Override
    protected void storeProperty(Object key, Property property) {
        materialize(key);
        super.storeProperty(key, property);
    }

    @Override
    protected void removeProperty(Object key) {
        materialize(key);
        super.removeProperty(key);
    }

    /** From now on the key lives in ordinary storage, keeping its place at the front of the key order. */
    private void materialize(Object key) {
        if (!(lengthImplicit && "length".equals(key)) && !(nameImplicit && "name".equals(key))) {
            return;
        }
        List<Object> before = ownPropertyKeys();
        List<Property> values = new ArrayList<>();
        for (Object k : before) {
            values.add(getOwnProperty(k));
        }
        lengthImplicit = false;
        nameImplicit = false;
        storage().clear();
        for (int i = 0; i < before.size(); i++) {
            storage().put(before.get(i), values.get(i));
        }
    }

    @Override
    public List<Object> ownPropertyKeys() {
        List<Object> rest = super.ownPropertyKeys();
        if (!lengthImplicit && !nameImplicit) {
            return rest;
        }
        List<Object> keys = new ArrayList<>(rest.size() + 2);
        if (lengthImplicit) {
            keys.add("length");
        }
        if (nameImplicit) {
            keys.add("name");
        }
        keys.addAll(rest);
        return keys;
    }

    @Override
    public String debugName() {
        return nameImplicit ? name : super.debugName();
    }
}
