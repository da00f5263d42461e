package dev.loopsim.js.value;

/**
 * One own property: a data property (value, writable) or an accessor (getter, setter), with enumerable
 * and configurable. Mutable in place, so a hot property write touches no map.
 */
public final class Property {
    public static final int WRITABLE = 1;
    public static final int ENUMERABLE = 2;
    public static final int CONFIGURABLE = 4;
    /** What an assignment or an object literal creates. */
    public static final int DEFAULT = WRITABLE | ENUMERABLE | CONFIGURABLE;
    /** Built-in methods: writable and configurable, not enumerable. */
    public static final int HIDDEN = WRITABLE | CONFIGURABLE;

    Object value;
    JsFunction getter;
    JsFunction setter;
    boolean accessor;
    int flags;

    /** A data property; for exotic objects that present stored values as properties. */
    public Property(Object value, int flags) {
        this.value = value;
        this.flags = flags;
    }

    Property(JsFunction getter, JsFunction setter, int flags) {
        this.getter = getter;
        this.setter = setter;
        this.accessor = true;
        this.flags = flags & ~WRITABLE;
    }

    public boolean isAccessor() {
        return accessor;
    }

    public Object value() {
        return value;
    }

    public JsFunction getter() {
        return getter;
    }

    public JsFunction setter() {
        return setter;
    }

    public boolean writable() {
        return (flags & WRITABLE) != 0;
    }

    public boolean enumerable() {
        return (flags & ENUMERABLE) != 0;
    }

    public boolean configurable() {
        return (flags & CONFIGURABLE) != 0;
    }

    public int flags() {
        return flags;
    }
}
