package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The function properties of the global object (ECMA-262 §19.2): parseInt, parseFloat, isNaN, isFinite
 * and the four URI coding functions. Number.parseInt and Number.parseFloat share these function objects.
 */
public final class GlobalFunctions {
    private GlobalFunctions() {}

    private static final Pattern FLOAT_PREFIX =
            Pattern.compile("[+-]?(Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)");
    private static final String URI_RESERVED = ";/?:@&=+$,";
    private static final String URI_UNESCAPED_MARKS = "-_.!~*'()";

    public static void install(Realm realm) {
        parseIntFunction(realm);
        parseFloatFunction(realm);
        JsObject global = realm.globalObject;
        realm.method(global, "isNaN", 1, (t, a, n) -> Double.isNaN(Operations.toNumber(realm, CoreBuiltins.arg(a, 0))));
        realm.method(global, "isFinite", 1, (t, a, n) -> {
            double d = Operations.toNumber(realm, CoreBuiltins.arg(a, 0));
            return !Double.isNaN(d) && !Double.isInfinite(d);
        });
        realm.method(global, "encodeURIComponent", 1, (t, a, n) -> encode(realm, argString(realm, a), ""));
        realm.method(global, "encodeURI", 1, (t, a, n) -> encode(realm, argString(realm, a), URI_RESERVED + "#"));
        realm.method(global, "decodeURIComponent", 1, (t, a, n) -> decode(realm, argString(realm, a), ""));
        realm.method(global, "decodeURI", 1, (t, a, n) -> decode(realm, argString(realm, a), URI_RESERVED + "#"));
    }

    private static String argString(Realm realm, Object[] args) {
        return Operations.toString(realm, CoreBuiltins.arg(args, 0));
    }

    /** The global parseInt, created on first use so Number.parseInt is the same object. */
    static JsFunction parseIntFunction(Realm realm) {
        if (realm.globalObject.getOwnProperty("parseInt") instanceof Property p && p.value() instanceof JsFunction f) {
            return f;
        }
        JsFunction f = realm.function(
                "parseInt", 2, (t, a, n) -> parseInt(realm, CoreBuiltins.arg(a, 0), CoreBuiltins.arg(a, 1)));
        realm.globalObject.defineOwn("parseInt", f, Property.HIDDEN);
        return f;
    }

    /** The global parseFloat, created on first use so Number.parseFloat is the same object. */
    static JsFunction parseFloatFunction(Realm realm) {
        if (realm.globalObject.getOwnProperty("parseFloat") instanceof Property p
                && p.value() instanceof JsFunction f) {
            return f;
        }
        JsFunction f = realm.function("parseFloat", 1, (t, a, n) -> parseFloat(argString(realm, a)));
        realm.globalObject.defineOwn("parseFloat", f, Property.HIDDEN);
        return f;
    }

    // ECMA-262 §19.2.5 parseInt
    static double parseInt(Realm realm, Object string, Object radix) {
        String s = trimLeadingWhitespace(Operations.toString(realm, string));
        int sign = 1;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            sign = s.charAt(0) == '-' ? -1 : 1;
            s = s.substring(1);
        }
        int r = Operations.toInt32(realm, radix);
        boolean stripPrefix = true;
        if (r != 0) {
            if (r < 2 || r > 36) {
                return Double.NaN;
            }
            if (r != 16) {
                stripPrefix = false;
            }
        } else {
            r = 10;
        }
        if (stripPrefix && s.length() >= 2 && s.charAt(0) == '0' && (s.charAt(1) == 'x' || s.charAt(1) == 'X')) {
            s = s.substring(2);
            r = 16;
        }
        int end = 0;
        while (end < s.length() && s.charAt(end) < 128 && Character.digit(s.charAt(end), r) >= 0) {
            end++;
        }
        if (end == 0) {
            return Double.NaN;
        }
        String digits = s.substring(0, end);
        double value = r == 10 ? Double.parseDouble(digits) : new BigInteger(digits, r).doubleValue();
        return sign * value;
    }

    // ECMA-262 §19.2.4 parseFloat
    static double parseFloat(String string) {
        String s = trimLeadingWhitespace(string);
        Matcher m = FLOAT_PREFIX.matcher(s);
        if (!m.lookingAt()) {
            return Double.NaN;
        }
        String literal = m.group();
        if (literal.endsWith("Infinity")) {
            return literal.charAt(0) == '-' ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(literal);
    }

    private static String trimLeadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && Operations.isJsWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static JsThrow uriError(Realm realm) {
        Object constructor = realm.globalObject.get("URIError");
        JsObject proto = constructor instanceof JsObject c && c.get("prototype") instanceof JsObject p
                ? p
                : realm.errorPrototype;
        return new JsThrow(realm.newError(proto, "URI malformed"));
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || URI_UNESCAPED_MARKS.indexOf(c) >= 0;
    }

    // ECMA-262 §19.2.6.5 Encode
    static String encode(Realm realm, String string, String extraUnescaped) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < string.length()) {
            char c = string.charAt(k);
            if (isUnreserved(c) || extraUnescaped.indexOf(c) >= 0) {
                out.append(c);
                k++;
                continue;
            }
            int cp = string.codePointAt(k);
            if (Character.isSurrogate(c) && Character.charCount(cp) == 1) {
                throw uriError(realm);
            }
            k += Character.charCount(cp);
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)));
                out.append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    private static int hexByte(Realm realm, String s, int k) {
        if (k + 3 > s.length() || s.charAt(k) != '%') {
            throw uriError(realm);
        }
        int hi = Character.digit(s.charAt(k + 1), 16);
        int lo = Character.digit(s.charAt(k + 2), 16);
        if (hi < 0 || lo < 0 || s.charAt(k + 1) > 'f' || s.charAt(k + 2) > 'f') {
            throw uriError(realm);
        }
        return hi * 16 + lo;
    }

    // ECMA-262 §19.2.6.6 Decode
    static String decode(Realm realm, String string, String preserveEscapeSet) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        int len = string.length();
        while (k < len) {
            char c = string.charAt(k);
            if (c != '%') {
                out.append(c);
                k++;
                continue;
            }
            int start = k;
            int b = hexByte(realm, string, k);
            k += 3;
            if ((b & 0x80) == 0) {
                char decoded = (char) b;
                if (preserveEscapeSet.indexOf(decoded) >= 0) {
                    out.append(string, start, k);
                } else {
                    out.append(decoded);
                }
                continue;
            }
            int n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
            if (n == 0) {
                throw uriError(realm);
            }
            byte[] octets = new byte[n];
            octets[0] = (byte) b;
            for (int j = 1; j < n; j++) {
                int next = hexByte(realm, string, k);
                if ((next & 0xC0) != 0x80) {
                    throw uriError(realm);
                }
                octets[j] = (byte) next;
                k += 3;
            }
            int cp = decodeUtf8(octets);
            if (cp < 0) {
                throw uriError(realm);
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** The code point of a well-formed UTF-8 sequence, or -1 (overlong forms, surrogates, out of range). */
    private static int decodeUtf8(byte[] octets) {
        int n = octets.length;
        int cp = octets[0] & (0xFF >> (n + 1));
        for (int j = 1; j < n; j++) {
            cp = (cp << 6) | (octets[j] & 0x3F);
        }
        int min = n == 2 ? 0x80 : n == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return -1;
        }
        return cp;
    }
}
