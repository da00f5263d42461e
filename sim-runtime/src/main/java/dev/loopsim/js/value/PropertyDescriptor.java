package dev.loopsim.js.value;

/**
 * A property descriptor as {@code Object.defineProperty} takes it: every field may be absent (null),
 * and absent fields keep the current value or their defaults (ECMA-262 §6.2.6).
 */
public final class PropertyDescriptor {
    public Object value;
    public JsFunction getter;
    public JsFunction setter;
    public boolean hasGetter;
    public boolean hasSetter;
    public Boolean writable;
    public Boolean enumerable;
    public Boolean configurable;

    public static PropertyDescriptor data(Object value, int flags) {
        PropertyDescriptor d = new PropertyDescriptor();
        d.value = value;
        d.writable = (flags & Property.WRITABLE) != 0;
        d.enumerable = (flags & Property.ENUMERABLE) != 0;
        d.configurable = (flags & Property.CONFIGURABLE) != 0;
        return d;
    }

    public static PropertyDescriptor accessor(JsFunction getter, JsFunction setter, int flags) {
        PropertyDescriptor d = new PropertyDescriptor();
        d.getter = getter;
        d.setter = setter;
        d.hasGetter = true;
        d.hasSetter = true;
        d.enumerable = (flags & Property.ENUMERABLE) != 0;
        d.configurable = (flags & Property.CONFIGURABLE) != 0;
        return d;
    }

    public boolean isAccessorDescriptor() {
        return hasGetter || hasSetter;
    }

    public boolean isDataDescriptor() {
        return value != null || writable != null;
    }
}
