package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.PropertyDescriptor;
import dev.loopsim.js.value.PropertyKeys;

/**
 * ECMA-262 §10.4.4 arguments exotic object of a sloppy function with simple parameters: while an index
 * is still mapped, reading or writing {@code arguments[i]} reads or writes parameter i itself.
 */
final class MappedArguments extends JsObject {
    private final Env env;
    /** For each index below the parameter count, whether it still aliases its parameter. */
    private final boolean[] mapped;

    MappedArguments(JsObject prototype, Object[] args, Env env, int parameterCount) {
        super(prototype);
        this.env = env;
        this.mapped = new boolean[Math.min(args.length, parameterCount)];
        for (int i = 0; i < args.length; i++) {
            defineOwn(PropertyKeys.indexKey(i), args[i], Property.DEFAULT);
        }
        java.util.Arrays.fill(mapped, true);
    }

    @Override
    public String className() {
        return "Arguments";
    }

    private int mappedIndex(Object key) {
        long i = PropertyKeys.arrayIndex(key);
        return i >= 0 && i < mapped.length && mapped[(int) i] ? (int) i : -1;
    }

    @Override
    public Property getOwnProperty(Object key) {
        Property p = super.getOwnProperty(key);
        int i = mappedIndex(key);
        if (p != null && i >= 0) {
            return new Property(env.slots[i], p.flags());
        }
        return p;
    }

    @Override
    protected boolean writeOwnValue(Object key, Property existing, Object value) {
        int i = mappedIndex(key);
        if (i >= 0) {
            env.slots[i] = value;
        }
        return super.writeOwnValue(key, existing, value);
    }

    @Override
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        int i = mappedIndex(key);
        if (!super.defineOwnProperty(key, desc)) {
            return false;
        }
        if (i >= 0) {
            if (desc.isAccessorDescriptor()) {
                mapped[i] = false;
            } else {
                if (desc.value != null) {
                    env.slots[i] = desc.value;
                }
                if (Boolean.FALSE.equals(desc.writable)) {
                    mapped[i] = false;
                }
            }
        }
        return true;
    }

    @Override
    public boolean delete(Object key) {
        int i = mappedIndex(key);
        boolean deleted = super.delete(key);
        if (deleted && i >= 0) {
            mapped[i] = false;
        }
        return deleted;
    }
}
