package dev.loopsim.js.value;

/**
 * A Boolean, Number, String, Symbol or BigInt object ({@code new Number(1)}, or what ToObject makes of a
 * primitive): holds [[BooleanData]]/[[NumberData]]/[[StringData]]/[[SymbolData]]/[[BigIntData]]. A String
 * wrapper is the String exotic object of ECMA-262 §10.4.3, with read-only index properties and {@code length}.
 */
public final class JsPrimitiveWrapper extends JsObject {
    private final Object primitive;

    public JsPrimitiveWrapper(JsObject prototype, Object primitive) {
        super(prototype);
        this.primitive = primitive;
    }

    public Object primitive() {
        return primitive;
    }

    @Override
    public String className() {
        return switch (primitive) {
            case String s -> "String";
            case Double d -> "Number";
            case Boolean b -> "Boolean";
            case java.math.BigInteger b -> "BigInt";
            default -> "Symbol";
        };
    }

    @Override
    public Property getOwnProperty(Object key) {
        if (primitive instanceof String s) {
            if ("length".equals(key)) {
                return new Property((double) s.length(), 0);
            }
            long index = PropertyKeys.arrayIndex(key);
            if (index >= 0 && index < s.length()) {
                return new Property(String.valueOf(s.charAt((int) index)), Property.ENUMERABLE);
            }
        }
        return super.getOwnProperty(key);
    }

    @Override
    public boolean defineOwnProperty(Object key, PropertyDescriptor desc) {
        if (primitive instanceof String s
                && ("length".equals(key)
                        || (PropertyKeys.arrayIndex(key) >= 0 && PropertyKeys.arrayIndex(key) < s.length()))) {
            return false;
        }
        return super.defineOwnProperty(key, desc);
    }

    @Override
    public java.util.List<Object> ownPropertyKeys() {
        if (!(primitive instanceof String s)) {
            return super.ownPropertyKeys();
        }
        java.util.List<Object> keys = new java.util.ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            keys.add(PropertyKeys.indexKey(i));
        }
        java.util.List<Object> rest = super.ownPropertyKeys();
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
