package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The BigInt type (ECMA-262 §6.1.6.2) on {@link BigInteger}, which is itself the JavaScript value, and the
 * conversions to and from it. Errors carry V8's messages; sizes are capped where V8 caps them.
 */
public final class BigInts {
    private BigInts() {}

    /** V8's BigInt::kMaxLengthBits: a result wider than this is a RangeError, not an out-of-memory. */
    static final int MAX_LENGTH_BITS = 1 << 30;

    private static final BigInteger MAX_SHIFT = BigInteger.valueOf(MAX_LENGTH_BITS);

    // ---- §6.1.6.2 the BigInt operations --------------------------------------------------------------

    /**
     * The BigInt operation behind a binary operator, both operands already BigInts (ECMA-262 §6.1.6.2,
     * dispatched as Table 2 of §13.15.3 ApplyStringOrNumericBinaryOperator dispatches).
     */
    static BigInteger apply(Realm realm, Op op, BigInteger x, BigInteger y) {
        return switch (op) {
            case ADD -> x.add(y);
            case SUB -> x.subtract(y);
            case MUL -> checkSize(realm, (long) x.bitLength() + y.bitLength(), () -> x.multiply(y));
            case DIV -> divide(realm, x, y);
            case MOD -> remainder(realm, x, y);
            case EXP -> exponentiate(realm, x, y);
            case BIT_AND -> x.and(y);
            case BIT_OR -> x.or(y);
            case BIT_XOR -> x.xor(y);
            case SHL -> leftShift(realm, x, y);
            case SHR -> leftShift(realm, x, y.negate());
            case USHR -> throw realm.typeError("BigInts have no unsigned right shift, use >> instead");
            default -> throw new IllegalArgumentException("not a BigInt operator: " + op);
        };
    }

    /** ECMA-262 §6.1.6.2.3 BigInt::exponentiate. */
    static BigInteger exponentiate(Realm realm, BigInteger base, BigInteger exponent) {
        if (exponent.signum() < 0) {
            throw realm.rangeError("undefined must be positive"); // sic: V8 11's message for a negative exponent
        }
        if (base.signum() == 0 || base.abs().equals(BigInteger.ONE)) {
            return exponent.signum() == 0 ? BigInteger.ONE : exponent.testBit(0) ? base : base.abs();
        }
        if (exponent.compareTo(MAX_SHIFT) > 0) {
            throw maximumSizeExceeded(realm);
        }
        int e = exponent.intValue();
        return checkSize(realm, (long) Math.ceil(e * log2(base.abs())), () -> base.pow(e));
    }

    /** log2 of a positive BigInt, to a double's precision, whatever its size. */
    private static double log2(BigInteger x) {
        int excess = Math.max(0, x.bitLength() - 64);
        return excess + Math.log(x.shiftRight(excess).doubleValue()) / Math.log(2);
    }

    /** ECMA-262 §6.1.6.2.5 BigInt::divide: truncates toward zero, as BigInteger.divide does. */
    static BigInteger divide(Realm realm, BigInteger x, BigInteger y) {
        if (y.signum() == 0) {
            throw realm.rangeError("Division by zero");
        }
        return x.divide(y);
    }

    /** ECMA-262 §6.1.6.2.6 BigInt::remainder: the sign of the dividend, as BigInteger.remainder has. */
    static BigInteger remainder(Realm realm, BigInteger n, BigInteger d) {
        if (d.signum() == 0) {
            throw realm.rangeError("Division by zero");
        }
        return n.remainder(d);
    }

    /** ECMA-262 §6.1.6.2.9 BigInt::leftShift; a negative shift shifts right, rounding toward -∞. */
    static BigInteger leftShift(Realm realm, BigInteger x, BigInteger y) {
        if (x.signum() == 0) {
            return x;
        }
        if (y.signum() >= 0) {
            if (y.compareTo(MAX_SHIFT) > 0) {
                throw maximumSizeExceeded(realm);
            }
            int shift = y.intValue();
            return checkSize(realm, (long) x.bitLength() + shift, () -> x.shiftLeft(shift));
        }
        if (y.negate().compareTo(BigInteger.valueOf(x.bitLength())) > 0) {
            return x.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        }
        return x.shiftRight(y.negate().intValue());
    }

    /** ECMA-262 §6.1.6.2.12 BigInt::lessThan against a Number: exact, NaN compares as undefined (null). */
    static Boolean lessThan(BigInteger x, double y) {
        if (Double.isNaN(y)) {
            return null;
        }
        if (Double.isInfinite(y)) {
            return y > 0;
        }
        return new BigDecimal(x).compareTo(new BigDecimal(y)) < 0;
    }

    /** ECMA-262 §6.1.6.2.12 a Number less than a BigInt: exact, NaN compares as undefined (null). */
    static Boolean lessThan(double x, BigInteger y) {
        if (Double.isNaN(x)) {
            return null;
        }
        if (Double.isInfinite(x)) {
            return x < 0;
        }
        return new BigDecimal(x).compareTo(new BigDecimal(y)) < 0;
    }

    /** ECMA-262 §7.2.14 IsLooselyEqual step 13: a BigInt and a Number are equal when their values are. */
    static boolean equalsNumber(BigInteger x, double y) {
        return Double.isFinite(y) && new BigDecimal(y).compareTo(new BigDecimal(x)) == 0;
    }

    /** ECMA-262 §21.2.2.1 BigInt.asIntN: {@code bigint} modulo 2^bits, as a signed {@code bits}-bit integer. */
    public static BigInteger asIntN(long bits, BigInteger bigint) {
        if (bits == 0) {
            return BigInteger.ZERO;
        }
        if (bits > bigint.bitLength()) {
            return bigint; // already fits in bits - 1 value bits and a sign
        }
        int n = (int) bits;
        BigInteger mod = bigint.and(BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE));
        return mod.testBit(n - 1) ? mod.subtract(BigInteger.ONE.shiftLeft(n)) : mod;
    }

    /** ECMA-262 §21.2.2.2 BigInt.asUintN: {@code bigint} modulo 2^bits. */
    public static BigInteger asUintN(Realm realm, long bits, BigInteger bigint) {
        if (bigint.signum() >= 0 && bits >= bigint.bitLength()) {
            return bigint;
        }
        if (bits > MAX_LENGTH_BITS) {
            throw maximumSizeExceeded(realm);
        }
        return bigint.and(BigInteger.ONE.shiftLeft((int) bits).subtract(BigInteger.ONE));
    }

    private static BigInteger checkSize(Realm realm, long bits, java.util.function.Supplier<BigInteger> result) {
        if (bits > MAX_LENGTH_BITS + 1L) {
            throw maximumSizeExceeded(realm);
        }
        BigInteger r = result.get();
        if (r.bitLength() > MAX_LENGTH_BITS) {
            throw maximumSizeExceeded(realm);
        }
        return r;
    }

    private static JsThrow maximumSizeExceeded(Realm realm) {
        return realm.rangeError("Maximum BigInt size exceeded");
    }

    // ---- conversions -----------------------------------------------------------------------------------

    /** ECMA-262 §7.1.13 ToBigInt. */
    public static BigInteger toBigInt(Realm realm, Object argument) {
        Object prim = Operations.toPrimitive(realm, argument, "number");
        return switch (prim) {
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case String s -> {
                BigInteger n = stringToBigInt(s);
                if (n == null) {
                    throw realm.syntaxError("Cannot convert " + s + " to a BigInt");
                }
                yield n;
            }
            case Undefined u -> throw realm.typeError("Cannot convert undefined to a BigInt");
            case JsNull n -> throw realm.typeError("Cannot convert null to a BigInt");
            case Double d -> throw realm.typeError("Cannot convert " + Values.numberToString(d) + " to a BigInt");
            case JsSymbol s -> throw realm.typeError("Cannot convert " + s + " to a BigInt");
            default -> throw new IllegalStateException("not a primitive: " + prim);
        };
    }

    /**
     * ECMA-262 §7.1.14 StringToBigInt: a StringIntegerLiteral (decimal with an optional sign, or 0x/0o/0b
     * without one; no separators, no {@code n}) between white space; null when the text is not one.
     */
    public static BigInteger stringToBigInt(String text) {
        String s = Operations.trimJsWhitespace(text);
        if (s.isEmpty()) {
            return BigInteger.ZERO;
        }
        int radix = 10;
        int start = 0;
        if (s.length() > 2 && s.charAt(0) == '0') {
            radix = switch (s.charAt(1)) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 10;
            };
            start = radix == 10 ? 0 : 2;
        }
        boolean negative = false;
        if (radix == 10 && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            start = 1;
        }
        if (start == s.length()) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0 || s.charAt(i) > 'z') {
                return null; // Character.digit also takes non-ASCII digits, which are not StrDecimalLiteral
            }
        }
        BigInteger n = new BigInteger(s.substring(start), radix);
        return negative ? n.negate() : n;
    }

    /** ECMA-262 §21.2.1.1.1 NumberToBigInt. */
    public static BigInteger numberToBigInt(Realm realm, double number) {
        if (!Double.isFinite(number) || number != Math.rint(number)) {
            throw realm.rangeError("The number " + Values.numberToString(number)
                    + " cannot be converted to a BigInt because it is not an integer");
        }
        return new BigDecimal(number).toBigIntegerExact();
    }
}
