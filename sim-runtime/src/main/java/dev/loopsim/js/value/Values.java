package dev.loopsim.js.value;

import java.math.BigInteger;

/**
 * Operations on values that never run JavaScript: type tests, {@code typeof}, SameValue and the
 * conversions of primitives. Conversions that may call {@code valueOf}/{@code toString} live with the VM.
 */
public final class Values {
    private Values() {}

    public static final Double NAN = Double.NaN;
    public static final Double ZERO = 0.0;

    public static boolean isNullish(Object v) {
        return v == Undefined.INSTANCE || v == JsNull.INSTANCE;
    }

    public static boolean isCallable(Object v) {
        return v instanceof JsFunction;
    }

    /** ECMA-262 §13.5.3 the typeof operator. */
    public static String typeOf(Object v) {
        return switch (v) {
            case Undefined u -> "undefined";
            case JsNull n -> "object";
            case Boolean b -> "boolean";
            case Double d -> "number";
            case String s -> "string";
            case BigInteger b -> "bigint";
            case JsSymbol s -> "symbol";
            case JsFunction f -> "function";
            default -> "object";
        };
    }

    /** ECMA-262 §7.1.2 ToBoolean. */
    public static boolean toBoolean(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Double d -> !(d == 0 || d.isNaN());
            case String s -> !s.isEmpty();
            case BigInteger b -> b.signum() != 0;
            case Undefined u -> false;
            case JsNull n -> false;
            default -> true;
        };
    }

    /** ECMA-262 §7.2.10 SameValue: like === but NaN equals NaN and +0 differs from -0. */
    public static boolean sameValue(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return Double.compare(x, y) == 0 || (x.isNaN() && y.isNaN());
        }
        return strictEquals(a, b);
    }

    /** ECMA-262 §7.2.11 SameValueZero: as SameValue but +0 equals -0 (Map keys, includes). */
    public static boolean sameValueZero(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue() || (x.isNaN() && y.isNaN());
        }
        return strictEquals(a, b);
    }

    /** ECMA-262 §7.2.15 IsStrictlyEqual. */
    public static boolean strictEquals(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.booleanValue() == y.booleanValue();
        }
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return x.equals(y); // §6.1.6.2.13 BigInt::equal
        }
        return a == b;
    }

    /** ECMA-262 §6.1.6.1.20 Number::toString(x, 10). */
    public static String numberToString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (x == 0) {
            return "0";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "Infinity" : "-Infinity";
        }
        if (x < 0) {
            return "-" + numberToString(-x);
        }
        if (x == Math.rint(x) && x < 0x1p53) {
            return Long.toString((long) x);
        }
        // The JDK prints the shortest decimal that round-trips (JDK 19+): take its digits and exponent.
        String java = Double.toString(x);
        int e = java.indexOf('E');
        String mantissa = e < 0 ? java : java.substring(0, e);
        int exponent = e < 0 ? 0 : Integer.parseInt(java.substring(e + 1));
        int dot = mantissa.indexOf('.');
        String digits = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int n = dot + exponent; // position of the decimal point relative to the digits
        int leadingZeros = 0;
        while (leadingZeros < digits.length() - 1 && digits.charAt(leadingZeros) == '0') {
            leadingZeros++;
        }
        digits = digits.substring(leadingZeros);
        n -= leadingZeros;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        // The JDK always prints a digit after the point, so a one-digit shortest form comes out as two.
        if (digits.length() == 2) {
            java.math.BigDecimal one = new java.math.BigDecimal(x).round(new java.math.MathContext(1));
            if (one.doubleValue() == x) {
                digits = one.unscaledValue().toString();
                n = one.precision() - one.scale();
            }
        }
        int k = digits.length();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String sign = n - 1 >= 0 ? "+" : "-";
        String exp = "e" + sign + Math.abs(n - 1);
        return k == 1 ? digits + exp : digits.charAt(0) + "." + digits.substring(1) + exp;
    }
}
