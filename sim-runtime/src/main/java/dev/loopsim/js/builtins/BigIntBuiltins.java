package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPrimitiveWrapper;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.vm.BigInts;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.math.BigInteger;

/**
 * The BigInt function and BigInt.prototype (ECMA-262 §21.2). BigInt converts but does not construct:
 * {@code new BigInt(1)} is a TypeError, as is subclassing it.
 */
public final class BigIntBuiltins {
    private BigIntBuiltins() {}

    public static void install(Realm realm) {
        JsObject proto = realm.bigIntPrototype;
        NativeFunction bigInt = realm.constructor("BigInt", 1, proto, (t, a, nt) -> {
            if (nt != null) {
                throw realm.typeError("BigInt is not a constructor");
            }
            return bigInt(realm, CoreBuiltins.arg(a, 0));
        });
        realm.method(bigInt, "asUintN", 2, (t, a, n) -> {
            long bits = toIndex(realm, CoreBuiltins.arg(a, 0));
            return BigInts.asUintN(realm, bits, BigInts.toBigInt(realm, CoreBuiltins.arg(a, 1)));
        });
        realm.method(bigInt, "asIntN", 2, (t, a, n) -> {
            long bits = toIndex(realm, CoreBuiltins.arg(a, 0));
            return BigInts.asIntN(bits, BigInts.toBigInt(realm, CoreBuiltins.arg(a, 1)));
        });
        realm.method(
                proto, "toLocaleString", 0, (t, a, n) -> toLocaleString(thisBigIntValue(realm, t, "toLocaleString")));
        realm.method(proto, "toString", 0, (t, a, n) -> {
            BigInteger x = thisBigIntValue(realm, t, "toString");
            return x.toString(NumberBuiltins.radixArgument(
                    realm, CoreBuiltins.arg(a, 0))); // §6.1.6.2.21 BigInt::toString: lower-case digits, as V8 writes
        });
        realm.method(proto, "valueOf", 0, (t, a, n) -> thisBigIntValue(realm, t, "valueOf"));
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "BigInt", Property.CONFIGURABLE);
    }

    /** ECMA-262 §21.2.1.1 BigInt(value), called as a function. */
    private static BigInteger bigInt(Realm realm, Object value) {
        Object prim = Operations.toPrimitive(realm, value, "number");
        if (prim instanceof Double d) {
            return BigInts.numberToBigInt(realm, d);
        }
        return BigInts.toBigInt(realm, prim);
    }

    /** ECMA-262 §7.1.22 ToIndex, with V8's message for a value out of 0..2^53-1. */
    private static long toIndex(Realm realm, Object value) {
        double integer = Operations.toIntegerOrInfinity(realm, value);
        if (integer < 0 || integer > 0x1p53 - 1) {
            throw realm.rangeError("Invalid value: not (convertible to) a safe integer");
        }
        return (long) integer;
    }

    /** ECMA-262 §21.2.3.4.1 ThisBigIntValue. */
    private static BigInteger thisBigIntValue(Realm realm, Object t, String method) {
        if (t instanceof BigInteger b) {
            return b;
        }
        if (t instanceof JsPrimitiveWrapper w && w.primitive() instanceof BigInteger b) {
            return b;
        }
        throw realm.typeError("BigInt.prototype." + method + " requires that 'this' be a BigInt");
    }

    /** BigInt.prototype.toLocaleString as node's en-US ICU writes it: digits grouped by three with commas. */
    static String toLocaleString(BigInteger x) {
        String digits = x.abs().toString();
        StringBuilder out = new StringBuilder(x.signum() < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
