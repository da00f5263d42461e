package dev.loopsim.js.value;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An Array exotic object (ECMA-262 §10.4.2). Elements live in a dense Java array while they are plain
 * writable, enumerable, configurable data properties; an element with other attributes (or a frozen
 * array) moves all elements into ordinary property storage.
 */
public final class JsArray extends JsObject {
    /** An absent element in dense storage. */
    private static final Object HOLE = new Object();

    private static final int MAX_DENSE_GAP = 1 << 16;

    private Object[] dense;
    private long length;
    private boolean isDense = true;
    private boolean lengthWritable = true;

    public JsArray(JsObject prototype) {
        this(prototype, 0);
    }

    public JsArray(JsObject prototype, int capacity) {
        super(prototype);
        this.dense = new Object[Math.max(capacity, 4)];
    }

    /** An array holding {@code values} in order. */
    public static JsArray of(JsObject prototype, List<?> values) {
        JsArray a = new JsArray(prototype, values.size());
        for (Object v : values) {
            a.push(v);
        }
        return a;
    }

    @Override
    public String className() {
        return "Array";
    }

    public long length() {
        return length;
    }

    // ---- fast paths the VM and built-ins use --------------------------------------------------------

    /** The element at {@code index} (following the prototype chain for holes), as [[Get]] would return it. */
    public Object getIndex(long index) {
        if (isDense && index < length) {
            Object v = dense[(int) index];
            if (v != HOLE) {
                return v;
            }
        }
        return get(PropertyKeys.indexKey(index), this);
    }

    /** [[Set]] of an element; false where the spec's Set returns false. */
    public boolean setIndex(long index, Object value) {
        if (isDense && index < length && dense[(int) index] != HOLE) {
            dense[(int) index] = value;
            return true;
        }
        return set(PropertyKeys.indexKey(index), value, this);
    }

    /** Appends like {@code push} on an extensible array with a writable length. */
    public void push(Object value) {
        if (isDense && lengthWritable && isExtensible() && length < dense.length) {
            dense[(int) length++] = value;
            return;
        }
        defineOwnProperty(PropertyKeys.indexKey(length), PropertyDescriptor.data(value, Property.DEFAULT));
    }

    // ---- internal methods ---------------------------------------------------------------------------

    @Override
    public Property getOwnProperty(Object key) {
        if ("length".equals(key)) {
            return new Property((double) length, lengthWritable ? Property.WRITABLE : 0);
        }
        if (isDense) {
            long index = PropertyKeys.arrayIndex(key);
            if (index >= 0) {
                if (index < length && dense[(int) index] != HOLE) {
                    // A snapshot: writes come back through writeOwnValue or defineOwnProperty.
                    return new Property(dense[(int) index], Property.DEFAULT);
                }
                return null;
            }
        }
        return super.getOwnProperty(key);
    }

    @Override
    protected boolean writeOwnValue(Object key, Property existing, Object value) {
        long index = PropertyKeys.arrayIndex(key);
        if (isDense && index >= 0 && index < length) {
            dense[(int) index] = value;
            return true;
        }
        if ("length".equals(key)) {
            return false;
        }
        return super.writeOwnValue(key, existing, value);
    }

    /** ECMA-262 §10.4.2.1 [[DefineOwnProperty]] for arrays. */
    @Override
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        if ("length".equals(key)) {
            return arraySetLength(desc);
        }
        long index = PropertyKeys.arrayIndex(key);
        if (index < 0) {
            return super.defineOwnProperty(key, desc);
        }
        if (index >= length && !lengthWritable) {
            return false;
        }
        if (isDense && isPlainElement(index, desc) && isExtensibleOrPresent(index)) {
            if (index >= dense.length) {
                if (index - length > MAX_DENSE_GAP) {
                    makeSparse();
                    return defineOwnProperty(key, desc);
                }
                int capacity = (int) Math.max(index + 1, Math.min((long) dense.length * 2, Integer.MAX_VALUE - 8));
                dense = Arrays.copyOf(dense, capacity);
            }
            for (long i = length; i < index; i++) {
                dense[(int) i] = HOLE;
            }
            Object previous = index < length ? dense[(int) index] : HOLE;
            dense[(int) index] = desc.value != null ? desc.value : previous == HOLE ? Undefined.INSTANCE : previous;
            if (index >= length) {
                length = index + 1;
            }
            return true;
        }
        if (isDense) {
            makeSparse();
        }
        if (!super.defineOwnProperty(key, desc)) {
            return false;
        }
        if (index >= length) {
            length = index + 1;
        }
        return true;
    }

    private boolean isExtensibleOrPresent(long index) {
        return isExtensible() || (index < length && dense[(int) index] != HOLE);
    }

    /** Whether defining {@code desc} at {@code index} keeps the element a plain data property. */
    private boolean isPlainElement(long index, PropertyDescriptor desc) {
        if (desc.isAccessorDescriptor()) {
            return false;
        }
        boolean exists = index < length && dense[(int) index] != HOLE;
        return (desc.writable == null ? exists : desc.writable)
                && (desc.enumerable == null ? exists : desc.enumerable)
                && (desc.configurable == null ? exists : desc.configurable);
    }

    /** ECMA-262 §10.4.2.4 ArraySetLength (the new length is already a valid uint32 here). */
    private boolean arraySetLength(PropertyDescriptor desc) {
        if (desc.isAccessorDescriptor()
                || Boolean.TRUE.equals(desc.configurable)
                || Boolean.TRUE.equals(desc.enumerable)) {
            return false;
        }
        if (desc.value == null) {
            if (Boolean.TRUE.equals(desc.writable) && !lengthWritable) {
                return false;
            }
            if (Boolean.FALSE.equals(desc.writable)) {
                lengthWritable = false;
            }
            return true;
        }
        // Callers convert the value first (ArraySetLength steps 3-5); anything else is refused, not cast.
        if (!(desc.value instanceof Double requested)
                || requested < 0
                || requested > 0xFFFF_FFFFL
                || requested != Math.floor(requested)) {
            return false;
        }
        long newLength = (long) (double) requested;
        if (newLength != length && !lengthWritable) {
            return false;
        }
        if (isDense) {
            if (newLength < length) {
                Arrays.fill(dense, (int) newLength, (int) length, null);
            } else if (newLength - length > MAX_DENSE_GAP || newLength > Integer.MAX_VALUE - 8) {
                makeSparse();
            } else {
                if (newLength > dense.length) {
                    dense = Arrays.copyOf(dense, (int) newLength);
                }
                Arrays.fill(dense, (int) length, (int) newLength, HOLE);
            }
        }
        if (!isDense && newLength < length) {
            List<Long> doomed = new ArrayList<>();
            for (Object k : storage().keySet()) {
                long i = PropertyKeys.arrayIndex(k);
                if (i >= newLength) {
                    doomed.add(i);
                }
            }
            doomed.sort(null);
            for (int d = doomed.size() - 1; d >= 0; d--) {
                if (!super.delete(PropertyKeys.indexKey(doomed.get(d)))) {
                    length = doomed.get(d) + 1;
                    if (Boolean.FALSE.equals(desc.writable)) {
                        lengthWritable = false;
                    }
                    return false;
                }
            }
        }
        length = newLength;
        if (Boolean.FALSE.equals(desc.writable)) {
            lengthWritable = false;
        }
        return true;
    }

    private void makeSparse() {
        List<Object> otherKeys = new ArrayList<>(storage().keySet());
        List<Property> otherValues = new ArrayList<>(storage().values());
        storage().clear();
        for (int i = 0; i < length; i++) {
            if (dense[i] != HOLE) {
                storage().put(PropertyKeys.indexKey(i), new Property(dense[i], Property.DEFAULT));
            }
        }
        for (int i = 0; i < otherKeys.size(); i++) {
            storage().put(otherKeys.get(i), otherValues.get(i));
        }
        dense = null;
        isDense = false;
    }

    @Override
    public boolean delete(Object key) {
        long index = PropertyKeys.arrayIndex(key);
        if (isDense && index >= 0) {
            if (index < length) {
                dense[(int) index] = HOLE;
            }
            return true;
        }
        if ("length".equals(key)) {
            return false;
        }
        return super.delete(key);
    }

    @Override
    public List<Object> ownPropertyKeys() {
        List<Object> keys = new ArrayList<>();
        if (isDense) {
            for (int i = 0; i < length; i++) {
                if (dense[i] != HOLE) {
                    keys.add(PropertyKeys.indexKey(i));
                }
            }
            keys.add("length");
            keys.addAll(super.ownPropertyKeys());
            return keys;
        }
        List<Object> rest = super.ownPropertyKeys();
        int firstNonIndex = 0;
        while (firstNonIndex < rest.size() && PropertyKeys.arrayIndex(rest.get(firstNonIndex)) >= 0) {
            firstNonIndex++;
        }
        keys.addAll(rest.subList(0, firstNonIndex));
        keys.add("length");
        keys.addAll(rest.subList(firstNonIndex, rest.size()));
        return keys;
    }
}
