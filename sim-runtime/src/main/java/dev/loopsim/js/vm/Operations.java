package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPrimitiveWrapper;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The abstract operations of ECMA-262 §7 that may run script code (ToPrimitive calls {@code valueOf}),
 * named as the spec names them. Errors are thrown as {@link JsThrow}s of the given realm.
 */
public final class Operations {
    private Operations() {}

    private static final Object[] NO_ARGS = new Object[0];
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)");

    // ---- §7.1 type conversion ----------------------------------------------------------------------

    /** ECMA-262 §7.1.1 ToPrimitive; {@code hint} is "default", "number" or "string". */
    public static Object toPrimitive(Realm realm, Object value, String hint) {
        if (!(value instanceof JsObject object)) {
            return value;
        }
        Object exotic = getMethod(realm, object, JsSymbol.TO_PRIMITIVE);
        if (exotic != Undefined.INSTANCE) {
            Object result = call(realm, exotic, object, new Object[] {hint});
            if (result instanceof JsObject) {
                throw realm.typeError("Cannot convert object to primitive value");
            }
            return result;
        }
        return ordinaryToPrimitive(realm, object, hint.equals("string") ? "string" : "number");
    }

    /** ECMA-262 §7.1.1.1 OrdinaryToPrimitive. */
    public static Object ordinaryToPrimitive(Realm realm, JsObject object, String hint) {
        String[] order =
                hint.equals("string") ? new String[] {"toString", "valueOf"} : new String[] {"valueOf", "toString"};
        for (String name : order) {
            Object method = object.get(name);
            if (method instanceof JsFunction f) {
                Object result = f.call(object, NO_ARGS);
                if (!(result instanceof JsObject)) {
                    return result;
                }
            }
        }
        throw realm.typeError("Cannot convert object to primitive value");
    }

    /** ECMA-262 §7.1.4 ToNumber. */
    public static double toNumber(Realm realm, Object value) {
        return switch (value) {
            case Double d -> d;
            case Undefined u -> Double.NaN;
            case JsNull n -> 0;
            case Boolean b -> b ? 1 : 0;
            case String s -> stringToNumber(s);
            case JsSymbol s -> throw realm.typeError("Cannot convert a Symbol value to a number");
            case BigInteger b -> throw realm.typeError("Cannot convert a BigInt value to a number");
            default -> toNumber(realm, toPrimitive(realm, value, "number"));
        };
    }

    /** ECMA-262 §7.1.3 ToNumeric: a Number (Double), or a BigInt (BigInteger) as it is. */
    public static Object toNumeric(Realm realm, Object value) {
        if (value instanceof Double || value instanceof BigInteger) {
            return value;
        }
        Object primitive = toPrimitive(realm, value, "number");
        return primitive instanceof BigInteger ? primitive : (Object) toNumber(realm, primitive);
    }

    /** ECMA-262 §7.1.4.1.1 StringToNumber. */
    public static double stringToNumber(String s) {
        String t = trimJsWhitespace(s);
        if (t.isEmpty()) {
            return 0;
        }
        if (t.length() > 2 && t.charAt(0) == '0') {
            int radix =
                    switch (t.charAt(1)) {
                        case 'x', 'X' -> 16;
                        case 'o', 'O' -> 8;
                        case 'b', 'B' -> 2;
                        default -> 0;
                    };
            if (radix != 0) {
                double v = 0;
                for (int i = 2; i < t.length(); i++) {
                    int digit = Character.digit(t.charAt(i), radix);
                    if (digit < 0 || t.charAt(i) > 'z') {
                        return Double.NaN;
                    }
                    v = v * radix + digit;
                }
                return v;
            }
        }
        if (!DECIMAL.matcher(t).matches()) {
            return Double.NaN;
        }
        if (t.endsWith("Infinity")) {
            return t.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(t);
    }

    /** Strips the characters ECMA-262 counts as white space and line terminators. */
    public static String trimJsWhitespace(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isJsWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isJsWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    public static boolean isJsWhitespace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\r'
                || c == '\u000B'
                || c == '\f'
                || c == '\u00A0'
                || c == '\uFEFF'
                || c == '\u2028'
                || c == '\u2029'
                || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
    }

    /** ECMA-262 §7.1.17 ToString. */
    public static String toString(Realm realm, Object value) {
        return switch (value) {
            case String s -> s;
            case Double d -> Values.numberToString(d);
            case Boolean b -> b ? "true" : "false";
            case Undefined u -> "undefined";
            case JsNull n -> "null";
            case BigInteger b -> b.toString(); // §6.1.6.2.21 BigInt::toString(x, 10)
            case JsSymbol s -> throw realm.typeError("Cannot convert a Symbol value to a string");
            default -> toString(realm, toPrimitive(realm, value, "string"));
        };
    }

    /** ECMA-262 §7.1.19 ToPropertyKey: a String or a JsSymbol. */
    public static Object toPropertyKey(Realm realm, Object value) {
        if (value instanceof String || value instanceof JsSymbol) {
            return value;
        }
        if (value instanceof Double d) {
            double x = d;
            if (x >= 0 && x < 0x1p31 && x == (int) x) {
                return Integer.toString((int) x);
            }
        }
        Object key = toPrimitive(realm, value, "string");
        return key instanceof JsSymbol ? key : toString(realm, key);
    }

    /** ECMA-262 §7.1.18 ToObject. */
    public static JsObject toObject(Realm realm, Object value) {
        return switch (value) {
            case JsObject o -> o;
            case Undefined u -> throw realm.typeError("Cannot convert undefined or null to object");
            case JsNull n -> throw realm.typeError("Cannot convert undefined or null to object");
            case String s -> new JsPrimitiveWrapper(realm.stringPrototype, s);
            case Double d -> new JsPrimitiveWrapper(realm.numberPrototype, d);
            case Boolean b -> new JsPrimitiveWrapper(realm.booleanPrototype, b);
            case JsSymbol s -> new JsPrimitiveWrapper(realm.symbolPrototype, s);
            case BigInteger b -> new JsPrimitiveWrapper(realm.bigIntPrototype, b);
            default -> throw new IllegalStateException("not a JavaScript value: " + value);
        };
    }

    /** ECMA-262 §7.1.5 ToIntegerOrInfinity. */
    public static double toIntegerOrInfinity(Realm realm, Object value) {
        double n = toNumber(realm, value);
        if (Double.isNaN(n) || n == 0) {
            return 0;
        }
        return Double.isInfinite(n) ? n : (n < 0 ? Math.ceil(n) : Math.floor(n));
    }

    /** ECMA-262 §7.1.6 ToInt32. */
    public static int toInt32(Realm realm, Object value) {
        return toInt32(toNumber(realm, value));
    }

    public static int toInt32(double n) {
        if (Double.isNaN(n) || Double.isInfinite(n)) {
            return 0;
        }
        if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
            return (int) n;
        }
        double m = (n < 0 ? Math.ceil(n) : Math.floor(n)) % 0x1p32;
        return (int) (long) m;
    }

    /** ECMA-262 §7.1.7 ToUint32. */
    public static long toUint32(double n) {
        return toInt32(n) & 0xFFFF_FFFFL;
    }

    /** ECMA-262 §7.1.20 ToLength. */
    public static long toLength(Realm realm, Object value) {
        double len = toIntegerOrInfinity(realm, value);
        if (len <= 0) {
            return 0;
        }
        return (long) Math.min(len, 0x1p53 - 1);
    }

    // ---- §7.2 testing and comparison ---------------------------------------------------------------

    /** ECMA-262 §7.2.14 IsLooselyEqual ({@code ==}). */
    public static boolean isLooselyEqual(Realm realm, Object x, Object y) {
        if (sameType(x, y)) {
            return Values.strictEquals(x, y);
        }
        if (Values.isNullish(x) && Values.isNullish(y)) {
            return true;
        }
        if (x instanceof Double && y instanceof String s) {
            return ((Double) x) == stringToNumber(s);
        }
        if (x instanceof String s && y instanceof Double d) {
            return stringToNumber(s) == d;
        }
        if (x instanceof BigInteger b && y instanceof String s) {
            BigInteger n = BigInts.stringToBigInt(s);
            return n != null && b.equals(n);
        }
        if (x instanceof String && y instanceof BigInteger) {
            return isLooselyEqual(realm, y, x);
        }
        if (x instanceof Boolean b) {
            return isLooselyEqual(realm, b ? 1.0 : 0.0, y);
        }
        if (y instanceof Boolean b) {
            return isLooselyEqual(realm, x, b ? 1.0 : 0.0);
        }
        if (isNumberStringBigIntOrSymbol(x) && y instanceof JsObject) {
            return isLooselyEqual(realm, x, toPrimitive(realm, y, "default"));
        }
        if (x instanceof JsObject && isNumberStringBigIntOrSymbol(y)) {
            return isLooselyEqual(realm, toPrimitive(realm, x, "default"), y);
        }
        if (x instanceof BigInteger b && y instanceof Double d) {
            return BigInts.equalsNumber(b, d);
        }
        if (x instanceof Double d && y instanceof BigInteger b) {
            return BigInts.equalsNumber(b, d);
        }
        return false;
    }

    private static boolean isNumberStringBigIntOrSymbol(Object v) {
        return v instanceof Double || v instanceof String || v instanceof BigInteger || v instanceof JsSymbol;
    }

    private static boolean sameType(Object x, Object y) {
        if (x instanceof JsObject && y instanceof JsObject) {
            return true;
        }
        return x.getClass() == y.getClass();
    }

    /**
     * ECMA-262 §7.2.13 IsLessThan: TRUE, FALSE or null for undefined (a NaN was involved). Operands are
     * already primitives, in the order the caller converted them.
     */
    public static Boolean isLessThan(Realm realm, Object px, Object py) {
        if (px instanceof String a && py instanceof String b) {
            return a.compareTo(b) < 0;
        }
        if (px instanceof BigInteger a && py instanceof String b) {
            BigInteger ny = BigInts.stringToBigInt(b);
            return ny == null ? null : a.compareTo(ny) < 0;
        }
        if (px instanceof String a && py instanceof BigInteger b) {
            BigInteger nx = BigInts.stringToBigInt(a);
            return nx == null ? null : nx.compareTo(b) < 0;
        }
        Object nx = toNumeric(realm, px);
        Object ny = toNumeric(realm, py);
        if (nx instanceof Double a && ny instanceof Double b) {
            if (Double.isNaN(a) || Double.isNaN(b)) {
                return null;
            }
            return a < b;
        }
        if (nx instanceof BigInteger a && ny instanceof BigInteger b) {
            return a.compareTo(b) < 0;
        }
        return nx instanceof BigInteger a
                ? BigInts.lessThan(a, (Double) ny)
                : BigInts.lessThan((Double) nx, (BigInteger) ny);
    }

    // ---- §7.3 operations on objects ----------------------------------------------------------------

    /** ECMA-262 §7.3.3 GetV: a property of any value, primitives through their prototype. */
    public static Object getV(Realm realm, Object value, Object key) {
        if (value instanceof JsObject o) {
            return o.get(key, o);
        }
        if (value instanceof String s) {
            if ("length".equals(key)) {
                return (double) s.length();
            }
            return realm.stringPrototype.get(key, value);
        }
        return toObject(realm, value).get(key, value);
    }

    /** ECMA-262 §7.3.10 GetMethod: undefined when absent, a TypeError when not callable. */
    public static Object getMethod(Realm realm, Object value, Object key) {
        Object method = getV(realm, value, key);
        if (Values.isNullish(method)) {
            return Undefined.INSTANCE;
        }
        if (!(method instanceof JsFunction)) {
            throw realm.typeError(describeKey(key) + " is not a function");
        }
        return method;
    }

    /** ECMA-262 §7.3.14 Call. */
    public static Object call(Realm realm, Object f, Object thisValue, Object[] args) {
        if (!(f instanceof JsFunction function)) {
            throw realm.typeError(Values.typeOf(f) + " is not a function");
        }
        return function.call(thisValue, args);
    }

    /** ECMA-262 §13.10.2 InstanceofOperator. */
    public static boolean instanceOf(Realm realm, Object value, Object target) {
        if (!(target instanceof JsObject targetObject)) {
            throw realm.typeError("Right-hand side of 'instanceof' is not an object");
        }
        Object hasInstance = getMethod(realm, targetObject, JsSymbol.HAS_INSTANCE);
        if (hasInstance != Undefined.INSTANCE) {
            return Values.toBoolean(call(realm, hasInstance, target, new Object[] {value}));
        }
        if (!(target instanceof JsFunction)) {
            throw realm.typeError("Right-hand side of 'instanceof' is not callable");
        }
        return ordinaryHasInstance(realm, target, value);
    }

    /** ECMA-262 §7.3.21 OrdinaryHasInstance. */
    public static boolean ordinaryHasInstance(Realm realm, Object constructor, Object value) {
        if (!(constructor instanceof JsFunction c)) {
            return false;
        }
        if (c instanceof BoundFunction bound) {
            return instanceOf(realm, value, bound.target());
        }
        if (!(value instanceof JsObject object)) {
            return false;
        }
        Object prototype = c.get("prototype");
        if (!(prototype instanceof JsObject p)) {
            throw realm.typeError(
                    "Function has non-object prototype '" + toDisplay(prototype) + "' in instanceof check");
        }
        for (JsObject o = object.getPrototypeOf(); o != null; o = o.getPrototypeOf()) {
            if (o == p) {
                return true;
            }
        }
        return false;
    }

    /** How a property key reads in V8's messages. */
    public static String describeKey(Object key) {
        return key instanceof JsSymbol s ? s.toString() : String.valueOf(key);
    }

    /** A value as V8 quotes it in short messages: strings plain, objects by kind. */
    public static String toDisplay(Object value) {
        return switch (value) {
            case String s -> s;
            case Double d -> Values.numberToString(d);
            case BigInteger b -> b.toString();
            case JsSymbol s -> s.toString();
            case JsFunction f -> "function";
            case JsObject o -> "#<" + o.className() + ">";
            default -> String.valueOf(value);
        };
    }
}
