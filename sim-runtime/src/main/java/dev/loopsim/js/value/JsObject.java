package dev.loopsim.js.value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An ordinary object (ECMA-262 §10.1): a prototype, an extensible flag and own properties in insertion
 * order. Exotic objects (arrays, functions, promises, …) extend it and override the internal methods they
 * change. Methods return false where the spec returns false; callers decide whether that throws.
 */
public class JsObject {
    private static final Object[] NO_ARGS = new Object[0];

    private JsObject prototype;
    private boolean extensible = true;
    /** Own properties; null until the first one, since many objects (promises, closures) never get any. */
    private Map<Object, Property> properties;
    /** ECMA-262 [[PrivateElements]], keyed by private-name identity; null until the first one. */
    private Map<Object, Object> privateElements;

    public JsObject(JsObject prototype) {
        this.prototype = prototype;
    }

    /** What {@code Object.prototype.toString} and {@code util.inspect} call this kind of object. */
    public String className() {
        return "Object";
    }

    // ---- §10.1.1-4 prototype and extensibility ------------------------------------------------------

    public JsObject getPrototypeOf() {
        return prototype;
    }

    /** ECMA-262 §10.1.2.1 OrdinarySetPrototypeOf, with its cycle check. */
    public boolean setPrototypeOf(JsObject proto) {
        if (proto == prototype) {
            return true;
        }
        if (!extensible) {
            return false;
        }
        for (JsObject p = proto; p != null; p = p.prototype) {
            if (p == this) {
                return false;
            }
        }
        prototype = proto;
        return true;
    }

    public boolean isExtensible() {
        return extensible;
    }

    public boolean preventExtensions() {
        extensible = false;
        return true;
    }

    // ---- §10.1.5 [[GetOwnProperty]] ----------------------------------------------------------------

    public Property getOwnProperty(Object key) {
        return properties == null ? null : properties.get(key);
    }

    // ---- §10.1.6 [[DefineOwnProperty]] --------------------------------------------------------------

    /** ECMA-262 §10.1.6.3 ValidateAndApplyPropertyDescriptor. */
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        Property current = getOwnProperty(key);
        if (current == null) {
            if (!isExtensible()) {
                return false;
            }
            int flags = (Boolean.TRUE.equals(desc.enumerable) ? Property.ENUMERABLE : 0)
                    | (Boolean.TRUE.equals(desc.configurable) ? Property.CONFIGURABLE : 0);
            if (desc.isAccessorDescriptor()) {
                storeProperty(key, new Property(desc.getter, desc.setter, flags));
            } else {
                flags |= Boolean.TRUE.equals(desc.writable) ? Property.WRITABLE : 0;
                storeProperty(key, new Property(desc.value == null ? Undefined.INSTANCE : desc.value, flags));
            }
            return true;
        }
        if (!current.configurable()) {
            if (Boolean.TRUE.equals(desc.configurable)) {
                return false;
            }
            if (desc.enumerable != null && desc.enumerable != current.enumerable()) {
                return false;
            }
            if (desc.isAccessorDescriptor() != current.accessor
                    && (desc.isAccessorDescriptor() || desc.isDataDescriptor())) {
                return false;
            }
            if (current.accessor) {
                if (desc.hasGetter && desc.getter != current.getter) {
                    return false;
                }
                if (desc.hasSetter && desc.setter != current.setter) {
                    return false;
                }
            } else if (!current.writable()) {
                if (Boolean.TRUE.equals(desc.writable)) {
                    return false;
                }
                if (desc.value != null && !Values.sameValue(desc.value, current.value)) {
                    return false;
                }
            }
        }
        int flags = current.flags;
        if (desc.enumerable != null) {
            flags = desc.enumerable ? flags | Property.ENUMERABLE : flags & ~Property.ENUMERABLE;
        }
        if (desc.configurable != null) {
            flags = desc.configurable ? flags | Property.CONFIGURABLE : flags & ~Property.CONFIGURABLE;
        }
        Property updated;
        if (desc.isAccessorDescriptor()) {
            JsFunction getter = desc.hasGetter ? desc.getter : current.accessor ? current.getter : null;
            JsFunction setter = desc.hasSetter ? desc.setter : current.accessor ? current.setter : null;
            updated = new Property(getter, setter, flags);
        } else if (desc.isDataDescriptor() || !current.accessor) {
            if (current.accessor) {
                flags &= ~Property.WRITABLE;
            }
            if (desc.writable != null) {
                flags = desc.writable ? flags | Property.WRITABLE : flags & ~Property.WRITABLE;
            }
            Object value = desc.value != null ? desc.value : current.accessor ? Undefined.INSTANCE : current.value;
            updated = new Property(value, flags);
        } else {
            updated = new Property(current.getter, current.setter, flags);
        }
        storeProperty(key, updated);
        return true;
    }

    /** Writes a validated property into storage; exotic objects with their own storage override this. */
    protected void storeProperty(Object key, Property property) {
        Property existing = properties == null ? null : properties.get(key);
        if (existing != null) {
            existing.value = property.value;
            existing.getter = property.getter;
            existing.setter = property.setter;
            existing.accessor = property.accessor;
            existing.flags = property.flags;
        } else {
            storage().put(key, property);
        }
    }

    /** Creates or overwrites an own data property without checks: for building objects the VM owns. */
    public void defineOwn(Object key, Object value, int flags) {
        storeProperty(key, new Property(value, flags));
    }

    /** Creates or overwrites an own accessor property without checks. */
    public void defineAccessor(Object key, JsFunction getter, JsFunction setter, int flags) {
        storeProperty(key, new Property(getter, setter, flags));
    }

    // ---- §10.1.7 [[HasProperty]] -------------------------------------------------------------------

    public boolean hasProperty(Object key) {
        for (JsObject o = this; o != null; o = o.getPrototypeOf()) {
            if (o.getOwnProperty(key) != null) {
                return true;
            }
        }
        return false;
    }

    public boolean hasOwnProperty(Object key) {
        return getOwnProperty(key) != null;
    }

    // ---- §10.1.8 [[Get]] ---------------------------------------------------------------------------

    public final Object get(Object key) {
        return get(key, this);
    }

    /** ECMA-262 §10.1.8.1 OrdinaryGet: walks the prototype chain; getters see {@code receiver}. */
    public Object get(Object key, Object receiver) {
        for (JsObject o = this; o != null; o = o.getPrototypeOf()) {
            Property p = o.getOwnProperty(key);
            if (p != null) {
                if (!p.accessor) {
                    return p.value;
                }
                return p.getter == null ? Undefined.INSTANCE : p.getter.call(receiver, NO_ARGS);
            }
        }
        return Undefined.INSTANCE;
    }

    // ---- §10.1.9 [[Set]] ---------------------------------------------------------------------------

    public final boolean set(Object key, Object value) {
        return set(key, value, this);
    }

    /** ECMA-262 §10.1.9.2 OrdinarySetWithOwnDescriptor. */
    public boolean set(Object key, Object value, Object receiver) {
        Property own = null;
        for (JsObject o = this; o != null; o = o.getPrototypeOf()) {
            own = o.getOwnProperty(key);
            if (own != null) {
                break;
            }
        }
        if (own == null || !own.accessor) {
            if (own != null && !own.writable()) {
                return false;
            }
            if (!(receiver instanceof JsObject target)) {
                return false;
            }
            Property existing = target.getOwnProperty(key);
            if (existing != null) {
                if (existing.accessor || !existing.writable()) {
                    return false;
                }
                if (target == this && target.writeOwnValue(key, existing, value)) {
                    return true;
                }
                PropertyDescriptor d = new PropertyDescriptor();
                d.value = value;
                return target.defineOwnProperty(key, d);
            }
            return target.defineOwnProperty(key, PropertyDescriptor.data(value, Property.DEFAULT));
        }
        if (own.setter == null) {
            return false;
        }
        own.setter.call(receiver, new Object[] {value});
        return true;
    }

    /** Fast path of [[Set]] on an existing writable own data property; false to take the general path. */
    protected boolean writeOwnValue(Object key, Property existing, Object value) {
        existing.value = value;
        return true;
    }

    // ---- §10.1.10 [[Delete]] -----------------------------------------------------------------------

    public boolean delete(Object key) {
        Property p = getOwnProperty(key);
        if (p == null) {
            return true;
        }
        if (!p.configurable()) {
            return false;
        }
        removeProperty(key);
        return true;
    }

    protected void removeProperty(Object key) {
        if (properties != null) {
            properties.remove(key);
        }
    }

    // ---- §10.1.11 [[OwnPropertyKeys]] --------------------------------------------------------------

    /** Integer indices ascending, then strings in creation order, then symbols in creation order. */
    public List<Object> ownPropertyKeys() {
        if (properties == null) {
            return new ArrayList<>();
        }
        List<Object> keys = new ArrayList<>(properties.size());
        List<Long> indices = null;
        for (Object key : properties.keySet()) {
            if (PropertyKeys.arrayIndex(key) >= 0) {
                if (indices == null) {
                    indices = new ArrayList<>();
                }
                indices.add(PropertyKeys.arrayIndex(key));
            }
        }
        if (indices != null) {
            indices.sort(null);
            for (long i : indices) {
                keys.add(PropertyKeys.indexKey(i));
            }
        }
        for (Object key : properties.keySet()) {
            if (key instanceof String && (indices == null || PropertyKeys.arrayIndex(key) < 0)) {
                keys.add(key);
            }
        }
        for (Object key : properties.keySet()) {
            if (key instanceof JsSymbol) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The object's private elements; created on demand when {@code create}, else possibly null. */
    public final Map<Object, Object> privateElements(boolean create) {
        if (privateElements == null && create) {
            privateElements = new java.util.IdentityHashMap<>();
        }
        return privateElements;
    }

    /** Own properties in storage, for subclasses that keep extra ones beside them. */
    protected final Map<Object, Property> storage() {
        if (properties == null) {
            properties = new LinkedHashMap<>();
        }
        return properties;
    }
}
