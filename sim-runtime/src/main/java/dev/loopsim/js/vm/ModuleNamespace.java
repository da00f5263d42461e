package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Module Namespace Exotic Object (ECMA-262 §10.4.6): null prototype, not extensible, one property per
 * export in code-unit order whose value is the export's live binding, and {@code [Symbol.toStringTag]}
 * "Module". Reading a binding still in its dead zone throws, as it does through an import.
 */
public final class ModuleNamespace extends JsObject {
    private final Realm realm;
    private final Map<String, ModuleRecord.Binding> exports;

    ModuleNamespace(Realm realm, Map<String, ModuleRecord.Binding> sortedExports) {
        super(null);
        this.realm = realm;
        this.exports = sortedExports;
        defineOwn(JsSymbol.TO_STRING_TAG, "Module", 0);
        preventExtensions();
    }

    @Override
    public String className() {
        return "Module";
    }

    /** The export names, sorted. */
    public List<String> exportNames() {
        return new ArrayList<>(exports.keySet());
    }

    /** An export's value, or null while it is uninitialised (util.inspect shows {@code <uninitialized>}). */
    public Object peek(String name) {
        Object v = exports.get(name).read();
        return v == Env.UNINITIALIZED ? null : v;
    }

    /** ECMA-262 §10.4.6.5 [[GetOwnProperty]]: writable, enumerable, not configurable; the live value. */
    @Override
    public Property getOwnProperty(Object key) {
        if (!(key instanceof String name)) {
            return super.getOwnProperty(key);
        }
        ModuleRecord.Binding b = exports.get(name);
        if (b == null) {
            return null;
        }
        Object v = b.read();
        if (v == Env.UNINITIALIZED) {
            throw realm.referenceError("Cannot access '" + name + "' before initialization");
        }
        return new Property(v, Property.WRITABLE | Property.ENUMERABLE);
    }

    /** ECMA-262 §10.4.6.6 [[DefineOwnProperty]]: only a definition that changes nothing succeeds. */
    @Override
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        if (!(key instanceof String)) {
            return super.defineOwnProperty(key, desc);
        }
        Property current = getOwnProperty(key);
        if (current == null
                || Boolean.TRUE.equals(desc.configurable)
                || Boolean.FALSE.equals(desc.enumerable)
                || desc.isAccessorDescriptor()
                || Boolean.FALSE.equals(desc.writable)) {
            return false;
        }
        return desc.value == null || dev.loopsim.js.value.Values.sameValue(desc.value, current.value());
    }

    /** ECMA-262 §10.4.6.9 [[Set]]: always false. */
    @Override
    public boolean set(Object key, Object value, Object receiver) {
        return false;
    }

    /** ECMA-262 §10.4.6.10 [[Delete]]: an export cannot be deleted. */
    @Override
    public boolean delete(Object key) {
        if (key instanceof String name) {
            return !exports.containsKey(name);
        }
        return super.delete(key);
    }

    /** ECMA-262 §10.4.6.11 [[OwnPropertyKeys]]: the exports, then the symbols. */
    @Override
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>(exports.keySet());
        keys.addAll(super.ownPropertyKeys());
        return keys;
    }

    @Override
    public boolean setPrototypeOf(JsObject proto) {
        return proto == null;
    }
}
