package dev.loopsim.js.value;

/**
 * Property keys are {@link String}s or {@link JsSymbol}s. Array indices are the canonical decimal strings
 * of 0 … 2³²−2; this class recognises them without allocating.
 */
public final class PropertyKeys {
    private PropertyKeys() {}

    /** The array index a key denotes, or -1. */
    public static long arrayIndex(Object key) {
        if (!(key instanceof String s)) {
            return -1;
        }
        int n = s.length();
        if (n == 0 || n > 10) {
            return -1;
        }
        char first = s.charAt(0);
        if (first < '0' || first > '9' || (first == '0' && n > 1)) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 0xFFFF_FFFEL ? value : -1;
    }

    /** The key of an array index. */
    public static String indexKey(long index) {
        return Long.toString(index);
    }
}
