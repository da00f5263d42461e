package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPrimitiveWrapper;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The Number and Boolean constructors and prototypes (ECMA-262 §21.1, §20.3). Number formatting follows
 * V8 digit for digit: exact decimal expansions of the double for toFixed/toPrecision/toExponential and
 * V8's DoubleToRadixCString for other radixes.
 */
public final class NumberBuiltins {
    private NumberBuiltins() {}

    public static void install(Realm realm) {
        installNumber(realm);
        installBoolean(realm);
    }

    /** ECMA-262 §10.1.13 GetPrototypeFromConstructor: newTarget.prototype, or the intrinsic default. */
    static JsObject prototypeFromConstructor(JsObject newTarget, JsObject fallback) {
        return newTarget.get("prototype") instanceof JsObject p ? p : fallback;
    }

    private static void installNumber(Realm realm) {
        JsObject proto = realm.numberPrototype;
        NativeFunction number = realm.constructor("Number", 1, proto, (t, a, nt) -> {
            double value = a.length == 0 ? 0 : numberValue(realm, a[0]);
            if (nt == null) {
                return value;
            }
            return new JsPrimitiveWrapper(prototypeFromConstructor(nt, proto), value);
        });
        number.defineOwn("EPSILON", Math.ulp(1.0), 0);
        number.defineOwn("MAX_SAFE_INTEGER", 0x1p53 - 1, 0);
        number.defineOwn("MIN_SAFE_INTEGER", -(0x1p53 - 1), 0);
        number.defineOwn("MAX_VALUE", Double.MAX_VALUE, 0);
        number.defineOwn("MIN_VALUE", Double.MIN_VALUE, 0);
        number.defineOwn("NaN", Double.NaN, 0);
        number.defineOwn("NEGATIVE_INFINITY", Double.NEGATIVE_INFINITY, 0);
        number.defineOwn("POSITIVE_INFINITY", Double.POSITIVE_INFINITY, 0);
        realm.method(number, "isFinite", 1, (t, a, n) -> CoreBuiltins.arg(a, 0) instanceof Double d && isFinite(d));
        realm.method(number, "isInteger", 1, (t, a, n) -> CoreBuiltins.arg(a, 0) instanceof Double d && isIntegral(d));
        realm.method(number, "isNaN", 1, (t, a, n) -> CoreBuiltins.arg(a, 0) instanceof Double d && d.isNaN());
        realm.method(
                number,
                "isSafeInteger",
                1,
                (t, a, n) -> CoreBuiltins.arg(a, 0) instanceof Double d && isIntegral(d) && Math.abs(d) <= 0x1p53 - 1);
        number.defineOwn("parseFloat", GlobalFunctions.parseFloatFunction(realm), Property.HIDDEN);
        number.defineOwn("parseInt", GlobalFunctions.parseIntFunction(realm), Property.HIDDEN);

        realm.method(proto, "toExponential", 1, (t, a, n) -> {
            double x = thisNumberValue(realm, t, "toExponential");
            Object fd = CoreBuiltins.arg(a, 0);
            double f = Operations.toIntegerOrInfinity(realm, fd);
            if (!isFinite(x)) {
                return Values.numberToString(x);
            }
            if (f < 0 || f > 100) {
                throw realm.rangeError("toExponential() argument must be between 0 and 100");
            }
            return toExponential(x, fd == Undefined.INSTANCE ? -1 : (int) f);
        });
        realm.method(proto, "toFixed", 1, (t, a, n) -> {
            double x = thisNumberValue(realm, t, "toFixed");
            double f = Operations.toIntegerOrInfinity(realm, CoreBuiltins.arg(a, 0));
            if (f < 0 || f > 100) {
                throw realm.rangeError("toFixed() digits argument must be between 0 and 100");
            }
            return toFixed(x, (int) f);
        });
        realm.method(
                proto, "toLocaleString", 0, (t, a, n) -> toLocaleString(thisNumberValue(realm, t, "toLocaleString")));
        realm.method(proto, "toPrecision", 1, (t, a, n) -> {
            double x = thisNumberValue(realm, t, "toPrecision");
            Object precision = CoreBuiltins.arg(a, 0);
            if (precision == Undefined.INSTANCE) {
                return Values.numberToString(x);
            }
            double p = Operations.toIntegerOrInfinity(realm, precision);
            if (!isFinite(x)) {
                return Values.numberToString(x);
            }
            if (p < 1 || p > 100) {
                throw realm.rangeError("toPrecision() argument must be between 1 and 100");
            }
            return toPrecision(x, (int) p);
        });
        realm.method(proto, "toString", 1, (t, a, n) -> {
            double x = thisNumberValue(realm, t, "toString");
            int radix = radixArgument(realm, CoreBuiltins.arg(a, 0));
            if (radix == 10 || !isFinite(x)) {
                return Values.numberToString(x);
            }
            return doubleToRadixString(x, radix);
        });
        realm.method(proto, "valueOf", 0, (t, a, n) -> thisNumberValue(realm, t, "valueOf"));
    }

    /** The radix argument of Number and BigInt toString (ECMA-262 §21.1.3.6 steps 2-4): 10 when absent. */
    static int radixArgument(Realm realm, Object radixArg) {
        double radix = radixArg == Undefined.INSTANCE ? 10 : Operations.toIntegerOrInfinity(realm, radixArg);
        if (radix < 2 || radix > 36) {
            throw realm.rangeError("toString() radix argument must be between 2 and 36");
        }
        return (int) radix;
    }

    /** ECMA-262 §21.1.1.1 Number(value) steps 1-2: ToNumeric, and a BigInt to the nearest Number. */
    static double numberValue(Realm realm, Object value) {
        Object prim = Operations.toNumeric(realm, value);
        return prim instanceof java.math.BigInteger b ? b.doubleValue() : (Double) prim;
    }

    private static void installBoolean(Realm realm) {
        JsObject proto = realm.booleanPrototype;
        realm.constructor("Boolean", 1, proto, (t, a, nt) -> {
            boolean value = Values.toBoolean(CoreBuiltins.arg(a, 0));
            if (nt == null) {
                return value;
            }
            return new JsPrimitiveWrapper(prototypeFromConstructor(nt, proto), value);
        });
        realm.method(proto, "toString", 0, (t, a, n) -> thisBooleanValue(realm, t, "toString") ? "true" : "false");
        realm.method(proto, "valueOf", 0, (t, a, n) -> thisBooleanValue(realm, t, "valueOf"));
    }

    static boolean isFinite(double d) {
        return !Double.isNaN(d) && !Double.isInfinite(d);
    }

    static boolean isIntegral(double d) {
        return isFinite(d) && d == Math.floor(d);
    }

    // ECMA-262 §21.1.3.7.1 ThisNumberValue (Number.prototype is itself a Number object holding +0)
    private static double thisNumberValue(Realm realm, Object t, String method) {
        if (t instanceof Double d) {
            return d;
        }
        if (t instanceof JsPrimitiveWrapper w && w.primitive() instanceof Double d) {
            return d;
        }
        if (t == realm.numberPrototype) {
            return 0;
        }
        throw realm.typeError("Number.prototype." + method + " requires that 'this' be a Number");
    }

    // ECMA-262 §20.3.3.3.1 ThisBooleanValue (Boolean.prototype is itself a Boolean object holding false)
    private static boolean thisBooleanValue(Realm realm, Object t, String method) {
        if (t instanceof Boolean b) {
            return b;
        }
        if (t instanceof JsPrimitiveWrapper w && w.primitive() instanceof Boolean b) {
            return b;
        }
        if (t == realm.booleanPrototype) {
            return false;
        }
        throw realm.typeError("Boolean.prototype." + method + " requires that 'this' be a Boolean");
    }

    // ECMA-262 §21.1.3.3 Number.prototype.toFixed, steps 6-13
    static String toFixed(double x, int f) {
        if (!isFinite(x)) {
            return Values.numberToString(x);
        }
        if (Math.abs(x) >= 1e21) {
            return Values.numberToString(x);
        }
        String sign = x < 0 ? "-" : "";
        BigDecimal n = new BigDecimal(Math.abs(x)).setScale(f, RoundingMode.HALF_UP);
        return sign + n.toPlainString();
    }

    /** The shortest round-tripping decimal digits of a positive finite x, and the exponent of the first. */
    private record Decimal(String digits, int exponent) {}

    private static Decimal shortest(double x) {
        BigDecimal d = new BigDecimal(Values.numberToString(x)).stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        return new Decimal(digits, digits.length() - 1 - d.scale());
    }

    private static Decimal rounded(double x, int significant) {
        BigDecimal d = new BigDecimal(x).round(new MathContext(significant, RoundingMode.HALF_UP));
        String digits = d.unscaledValue().toString();
        int exponent = digits.length() - 1 - d.scale();
        if (digits.length() < significant) {
            digits = digits + "0".repeat(significant - digits.length());
        } else if (digits.length() > significant) {
            digits = digits.substring(0, significant);
        }
        return new Decimal(digits, exponent);
    }

    // ECMA-262 §21.1.3.2 Number.prototype.toExponential, steps 7-15; f < 0 means "as many as needed"
    static String toExponential(double x, int f) {
        String sign = x < 0 ? "-" : "";
        x = Math.abs(x);
        Decimal d;
        if (x == 0) {
            d = new Decimal("0".repeat(Math.max(f, 0) + 1), 0);
        } else {
            d = f < 0 ? shortest(x) : rounded(x, f + 1);
        }
        String m = d.digits.length() == 1 ? d.digits : d.digits.charAt(0) + "." + d.digits.substring(1);
        return sign + m + "e" + (d.exponent >= 0 ? "+" : "-") + Math.abs(d.exponent);
    }

    // ECMA-262 §21.1.3.5 Number.prototype.toPrecision, steps 7-13
    static String toPrecision(double x, int p) {
        String sign = x < 0 ? "-" : "";
        x = Math.abs(x);
        Decimal d = x == 0 ? new Decimal("0".repeat(p), 0) : rounded(x, p);
        int e = d.exponent;
        String m = d.digits;
        if (e < -6 || e >= p) {
            String a = p == 1 ? m : m.charAt(0) + "." + m.substring(1);
            return sign + a + "e" + (e >= 0 ? "+" : "-") + Math.abs(e);
        }
        if (e == p - 1) {
            return sign + m;
        }
        if (e >= 0) {
            return sign + m.substring(0, e + 1) + "." + m.substring(e + 1);
        }
        return sign + "0." + "0".repeat(-(e + 1)) + m;
    }

    /** Intl.NumberFormat("en-US") defaults: grouping, at most three fraction digits, rounding
     * the shortest decimal half away from zero (ECMA-402 "halfExpand"). */
    static String toLocaleString(double x) {
        if (Double.isNaN(x)) {
            return "NaN";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        String sign = x < 0 || (x == 0 && 1 / x < 0) ? "-" : "";
        BigDecimal d = new BigDecimal(Values.numberToString(Math.abs(x))).setScale(3, RoundingMode.HALF_UP);
        String plain = d.stripTrailingZeros().toPlainString();
        if (d.signum() == 0) {
            plain = "0";
        }
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(integer.charAt(i));
        }
        return sign + grouped + fraction;
    }

    private static final String DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz";

    /** V8's DoubleToRadixCString: digits up to the double's precision, rounding half to even. */
    static String doubleToRadixString(double value, int radix) {
        char[] buffer = new char[2200];
        int integerCursor = buffer.length / 2;
        int fractionCursor = integerCursor;
        boolean negative = value < 0;
        if (negative) {
            value = -value;
        }
        double integer = Math.floor(value);
        double fraction = value - integer;
        double delta = 0.5 * (Math.nextUp(value) - value);
        delta = Math.max(Math.nextUp(0.0), delta);
        if (fraction >= delta) {
            buffer[fractionCursor++] = '.';
            do {
                fraction *= radix;
                delta *= radix;
                int digit = (int) fraction;
                buffer[fractionCursor++] = DIGITS.charAt(digit);
                fraction -= digit;
                if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) {
                    if (fraction + delta > 1) {
                        while (true) {
                            fractionCursor--;
                            if (fractionCursor == buffer.length / 2) {
                                integer += 1;
                                break;
                            }
                            char c = buffer[fractionCursor];
                            int d = c > '9' ? (c - 'a' + 10) : (c - '0');
                            if (d + 1 < radix) {
                                buffer[fractionCursor++] = DIGITS.charAt(d + 1);
                                break;
                            }
                        }
                        break;
                    }
                }
            } while (fraction >= delta);
        }
        while (exponent(integer / radix) > 0) {
            integer /= radix;
            buffer[--integerCursor] = '0';
        }
        do {
            double remainder = integer % radix;
            buffer[--integerCursor] = DIGITS.charAt((int) remainder);
            integer = (integer - remainder) / radix;
        } while (integer > 0);
        if (negative) {
            buffer[--integerCursor] = '-';
        }
        return new String(buffer, integerCursor, fractionCursor - integerCursor);
    }

    /** The binary exponent of a double's 53-bit integer significand, as V8's Double::Exponent. */
    private static int exponent(double d) {
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        return biased == 0 ? -1074 : biased - 0x3FF - 52;
    }
}
