package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPrimitiveWrapper;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The String constructor, String.prototype and %StringIteratorPrototype% (ECMA-262 §22.1). Methods
 * whose argument may be a RegExp-like object (match, matchAll, replace, replaceAll, search, split)
 * delegate to its Symbol.match/… method; only the string-pattern paths live here.
 */
public final class StringBuiltins {
    private StringBuiltins() {}

    /** V8's maximum string length (2²⁹ − 24 on 64-bit), beyond which it throws "Invalid string length". */
    static final long MAX_STRING_LENGTH = (1L << 29) - 24;

    private static Object arg(Object[] args, int i) {
        return CoreBuiltins.arg(args, i);
    }

    /** The body of a String.prototype method: {@code s} is ToString(RequireObjectCoercible(this)). */
    @FunctionalInterface
    private interface StringMethod {
        Object apply(String s, Object[] args);
    }

    public static void install(Realm realm) {
        JsObject proto = realm.stringPrototype;
        proto.defineOwn("length", 0.0, 0);
        NativeFunction string = realm.constructor("String", 1, proto, (t, a, nt) -> {
            String s;
            if (a.length == 0) {
                s = "";
            } else if (nt == null && a[0] instanceof JsSymbol sym) {
                return sym.toString();
            } else {
                s = Operations.toString(realm, a[0]);
            }
            if (nt == null) {
                return s;
            }
            return new JsPrimitiveWrapper(NumberBuiltins.prototypeFromConstructor(nt, proto), s);
        });
        installWellKnownSymbols(realm);
        realm.method(string, "fromCharCode", 1, (t, a, n) -> {
            StringBuilder out = new StringBuilder(a.length);
            for (Object code : a) {
                out.append((char) Operations.toInt32(realm, code));
            }
            return out.toString();
        });
        realm.method(string, "fromCodePoint", 1, (t, a, n) -> fromCodePoint(realm, a));
        realm.method(string, "raw", 1, (t, a, n) -> raw(realm, a));

        method(realm, "at", 1, (s, a) -> {
            double relative = Operations.toIntegerOrInfinity(realm, arg(a, 0));
            double k = relative >= 0 ? relative : s.length() + relative;
            return k < 0 || k >= s.length() ? Undefined.INSTANCE : String.valueOf(s.charAt((int) k));
        });
        method(realm, "charAt", 1, (s, a) -> {
            double pos = Operations.toIntegerOrInfinity(realm, arg(a, 0));
            return pos < 0 || pos >= s.length() ? "" : String.valueOf(s.charAt((int) pos));
        });
        method(realm, "charCodeAt", 1, (s, a) -> {
            double pos = Operations.toIntegerOrInfinity(realm, arg(a, 0));
            return pos < 0 || pos >= s.length() ? Double.NaN : (double) s.charAt((int) pos);
        });
        method(realm, "codePointAt", 1, (s, a) -> {
            double pos = Operations.toIntegerOrInfinity(realm, arg(a, 0));
            return pos < 0 || pos >= s.length() ? Undefined.INSTANCE : (Object) (double) s.codePointAt((int) pos);
        });
        method(realm, "concat", 1, (s, a) -> {
            StringBuilder out = new StringBuilder(s);
            for (Object next : a) {
                out.append(Operations.toString(realm, next));
            }
            return out.toString();
        });
        method(realm, "endsWith", 1, (s, a) -> {
            String search = searchString(realm, arg(a, 0), "endsWith");
            Object endPosition = arg(a, 1);
            int end = endPosition == Undefined.INSTANCE
                    ? s.length()
                    : clamp(Operations.toIntegerOrInfinity(realm, endPosition), s.length());
            int start = end - search.length();
            return start >= 0 && s.startsWith(search, start);
        });
        method(realm, "includes", 1, (s, a) -> {
            String search = searchString(realm, arg(a, 0), "includes");
            int start = clamp(Operations.toIntegerOrInfinity(realm, arg(a, 1)), s.length());
            return s.indexOf(search, start) >= 0;
        });
        method(realm, "indexOf", 1, (s, a) -> {
            String search = Operations.toString(realm, arg(a, 0));
            int start = clamp(Operations.toIntegerOrInfinity(realm, arg(a, 1)), s.length());
            return (double) s.indexOf(search, start);
        });
        method(realm, "isWellFormed", 0, (s, a) -> isWellFormed(s));
        method(realm, "lastIndexOf", 1, (s, a) -> {
            String search = Operations.toString(realm, arg(a, 0));
            double numPos = Operations.toNumber(realm, arg(a, 1));
            double pos =
                    Double.isNaN(numPos) ? Double.POSITIVE_INFINITY : Operations.toIntegerOrInfinity(realm, numPos);
            int start = clamp(pos, s.length());
            return (double) s.lastIndexOf(search, start);
        });
        // Code-unit order rather than ICU collation: loopsim has no locale data.
        method(realm, "localeCompare", 1, (s, a) -> {
            String that = Operations.toString(realm, arg(a, 0));
            return (double) Integer.signum(s.compareTo(that));
        });
        method(realm, "normalize", 0, (s, a) -> {
            Object formArg = arg(a, 0);
            String f = formArg == Undefined.INSTANCE ? "NFC" : Operations.toString(realm, formArg);
            Normalizer.Form form =
                    switch (f) {
                        case "NFC" -> Normalizer.Form.NFC;
                        case "NFD" -> Normalizer.Form.NFD;
                        case "NFKC" -> Normalizer.Form.NFKC;
                        case "NFKD" -> Normalizer.Form.NFKD;
                        default ->
                            throw realm.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
                    };
            return Normalizer.normalize(s, form);
        });
        method(realm, "padEnd", 1, (s, a) -> stringPad(realm, s, arg(a, 0), arg(a, 1), false));
        method(realm, "padStart", 1, (s, a) -> stringPad(realm, s, arg(a, 0), arg(a, 1), true));
        method(realm, "repeat", 1, (s, a) -> {
            double n = Operations.toIntegerOrInfinity(realm, arg(a, 0));
            if (n < 0 || n == Double.POSITIVE_INFINITY) {
                throw realm.rangeError(
                        "Invalid count value: " + Values.numberToString(Operations.toNumber(realm, arg(a, 0))));
            }
            if (n == 0 || s.isEmpty()) {
                return "";
            }
            if (n * s.length() > MAX_STRING_LENGTH) {
                throw realm.rangeError("Invalid string length");
            }
            return s.repeat((int) n);
        });
        method(realm, "slice", 2, (s, a) -> {
            int len = s.length();
            int from = relativeIndex(Operations.toIntegerOrInfinity(realm, arg(a, 0)), len);
            int to = arg(a, 1) == Undefined.INSTANCE
                    ? len
                    : relativeIndex(Operations.toIntegerOrInfinity(realm, arg(a, 1)), len);
            return from >= to ? "" : s.substring(from, to);
        });
        method(realm, "startsWith", 1, (s, a) -> {
            String search = searchString(realm, arg(a, 0), "startsWith");
            int start = clamp(Operations.toIntegerOrInfinity(realm, arg(a, 1)), s.length());
            return s.startsWith(search, start);
        });
        method(realm, "substr", 2, (s, a) -> {
            int size = s.length();
            double intStart = Operations.toIntegerOrInfinity(realm, arg(a, 0));
            int start = intStart < 0 ? (int) Math.max(size + intStart, 0) : (int) Math.min(intStart, size);
            double intLength =
                    arg(a, 1) == Undefined.INSTANCE ? size : Operations.toIntegerOrInfinity(realm, arg(a, 1));
            int length = clamp(intLength, size);
            int end = (int) Math.min((long) start + length, size);
            return start >= end ? "" : s.substring(start, end);
        });
        method(realm, "substring", 2, (s, a) -> {
            int len = s.length();
            int start = clamp(Operations.toIntegerOrInfinity(realm, arg(a, 0)), len);
            int end = arg(a, 1) == Undefined.INSTANCE
                    ? len
                    : clamp(Operations.toIntegerOrInfinity(realm, arg(a, 1)), len);
            return s.substring(Math.min(start, end), Math.max(start, end));
        });
        method(realm, "toLocaleLowerCase", 0, (s, a) -> s.toLowerCase(Locale.ROOT));
        method(realm, "toLocaleUpperCase", 0, (s, a) -> s.toUpperCase(Locale.ROOT));
        method(realm, "toLowerCase", 0, (s, a) -> s.toLowerCase(Locale.ROOT));
        realm.method(proto, "toString", 0, (t, a, n) -> thisStringValue(realm, t, "toString"));
        method(realm, "toUpperCase", 0, (s, a) -> s.toUpperCase(Locale.ROOT));
        method(realm, "toWellFormed", 0, (s, a) -> toWellFormed(s));
        method(realm, "trim", 0, (s, a) -> Operations.trimJsWhitespace(s));
        method(realm, "trimEnd", 0, (s, a) -> trimEnd(s));
        method(realm, "trimStart", 0, (s, a) -> trimStart(s));
        // Annex B: trimLeft and trimRight are the same function objects as trimStart and trimEnd.
        proto.defineOwn("trimLeft", proto.get("trimStart"), Property.HIDDEN);
        proto.defineOwn("trimRight", proto.get("trimEnd"), Property.HIDDEN);
        realm.method(proto, "valueOf", 0, (t, a, n) -> thisStringValue(realm, t, "valueOf"));

        installPatternMethods(realm, proto);
        installStringIterator(realm, proto);
    }

    /** Installs a String.prototype method that starts with ToString(RequireObjectCoercible(this)). */
    private static void method(Realm realm, String name, int length, StringMethod body) {
        realm.method(realm.stringPrototype, name, length, (t, a, n) -> body.apply(thisString(realm, t, name), a));
    }

    private static String thisString(Realm realm, Object t, String name) {
        if (t instanceof String s) {
            return s;
        }
        if (Values.isNullish(t)) {
            throw realm.typeError("String.prototype." + name + " called on null or undefined");
        }
        return Operations.toString(realm, t);
    }

    private static void requireObjectCoercible(Realm realm, Object t, String name) {
        if (Values.isNullish(t)) {
            throw realm.typeError("String.prototype." + name + " called on null or undefined");
        }
    }

    private static void requireFlags(Realm realm, Object flags, String method) {
        if (Values.isNullish(flags)) {
            throw realm.typeError("The .flags property of the argument to String.prototype." + method
                    + " cannot be null or undefined");
        }
    }

    // ECMA-262 §22.1.3.35.1 ThisStringValue (String.prototype is itself a String object holding "")
    private static String thisStringValue(Realm realm, Object t, String method) {
        if (t instanceof String s) {
            return s;
        }
        if (t instanceof JsPrimitiveWrapper w && w.primitive() instanceof String s) {
            return s;
        }
        if (t == realm.stringPrototype) {
            return "";
        }
        throw realm.typeError("String.prototype." + method + " requires that 'this' be a String");
    }

    /** Symbol.match, matchAll, replace, search and split, for when the Symbol built-ins lack them. */
    private static void installWellKnownSymbols(Realm realm) {
        if (!(realm.globalObject.get("Symbol") instanceof JsObject symbol)) {
            return;
        }
        Object[][] symbols = {
            {"match", JsSymbol.MATCH},
            {"matchAll", JsSymbol.MATCH_ALL},
            {"replace", JsSymbol.REPLACE},
            {"search", JsSymbol.SEARCH},
            {"split", JsSymbol.SPLIT}
        };
        for (Object[] entry : symbols) {
            if (!symbol.hasOwnProperty(entry[0])) {
                symbol.defineOwn(entry[0], entry[1], 0);
            }
        }
    }

    private static int clamp(double value, int length) {
        return (int) Math.max(0, Math.min(value, length));
    }

    private static int relativeIndex(double relative, int length) {
        return relative < 0 ? (int) Math.max(length + relative, 0) : (int) Math.min(relative, length);
    }

    // ECMA-262 §7.2.8 IsRegExp
    private static boolean isRegExp(Realm realm, Object value) {
        if (!(value instanceof JsObject o)) {
            return false;
        }
        Object matcher = o.get(JsSymbol.MATCH);
        if (matcher != Undefined.INSTANCE) {
            return Values.toBoolean(matcher);
        }
        return o.className().equals("RegExp");
    }

    /** The search string of includes/startsWith/endsWith, which refuse regular expressions. */
    private static String searchString(Realm realm, Object value, String method) {
        if (isRegExp(realm, value)) {
            throw realm.typeError("First argument to String.prototype." + method + " must not be a regular expression");
        }
        return Operations.toString(realm, value);
    }

    // ECMA-262 §22.1.2.2 String.fromCodePoint
    private static String fromCodePoint(Realm realm, Object[] args) {
        StringBuilder out = new StringBuilder();
        for (Object next : args) {
            double cp = Operations.toNumber(realm, next);
            if (!NumberBuiltins.isIntegral(cp) || cp < 0 || cp > 0x10FFFF) {
                throw realm.rangeError("Invalid code point " + Values.numberToString(cp));
            }
            out.appendCodePoint((int) cp);
        }
        return out.toString();
    }

    // ECMA-262 §22.1.2.4 String.raw
    private static String raw(Realm realm, Object[] args) {
        JsObject cooked = Operations.toObject(realm, arg(args, 0));
        JsObject literals = Operations.toObject(realm, cooked.get("raw"));
        long literalCount = Operations.toLength(realm, literals.get("length"));
        if (literalCount == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int substitutions = Math.max(0, args.length - 1);
        for (long next = 0; ; next++) {
            out.append(Operations.toString(realm, literals.get(String.valueOf(next))));
            if (next + 1 == literalCount) {
                return out.toString();
            }
            if (next < substitutions) {
                out.append(Operations.toString(realm, args[(int) next + 1]));
            }
        }
    }

    // ECMA-262 §22.1.3.17.1 StringPad
    private static String stringPad(Realm realm, String s, Object maxLength, Object fillString, boolean atStart) {
        long intMaxLength = Operations.toLength(realm, maxLength);
        int stringLength = s.length();
        if (intMaxLength <= stringLength) {
            return s;
        }
        String filler = fillString == Undefined.INSTANCE ? " " : Operations.toString(realm, fillString);
        if (filler.isEmpty()) {
            return s;
        }
        if (intMaxLength > MAX_STRING_LENGTH) {
            throw realm.rangeError("Invalid string length");
        }
        int fillLength = (int) intMaxLength - stringLength;
        StringBuilder fill = new StringBuilder(fillLength);
        while (fill.length() < fillLength) {
            fill.append(filler, 0, Math.min(filler.length(), fillLength - fill.length()));
        }
        return atStart ? fill + s : s + fill;
    }

    private static boolean isWellFormed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String toWellFormed(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    private static String trimStart(String s) {
        int i = 0;
        while (i < s.length() && Operations.isJsWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && Operations.isJsWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    // ---- match, matchAll, replace, replaceAll, search, split ------------------------------------------

    private static void installPatternMethods(Realm realm, JsObject proto) {
        realm.method(proto, "match", 1, (t, a, n) -> {
            requireObjectCoercible(realm, t, "match");
            Object regexp = arg(a, 0);
            Object matcher = delegate(realm, regexp, JsSymbol.MATCH);
            if (matcher != null) {
                return Operations.call(realm, matcher, regexp, new Object[] {t});
            }
            String s = Operations.toString(realm, t);
            return invokeOnNewRegExp(realm, regexp, Undefined.INSTANCE, JsSymbol.MATCH, s);
        });
        realm.method(proto, "matchAll", 1, (t, a, n) -> {
            requireObjectCoercible(realm, t, "matchAll");
            Object regexp = arg(a, 0);
            if (!Values.isNullish(regexp)) {
                if (isRegExp(realm, regexp)) {
                    Object flags = ((JsObject) regexp).get("flags");
                    requireFlags(realm, flags, "matchAll");
                    if (!Operations.toString(realm, flags).contains("g")) {
                        throw realm.typeError("String.prototype.matchAll called with a non-global RegExp argument");
                    }
                }
                Object matcher = delegate(realm, regexp, JsSymbol.MATCH_ALL);
                if (matcher != null) {
                    return Operations.call(realm, matcher, regexp, new Object[] {t});
                }
            }
            String s = Operations.toString(realm, t);
            return invokeOnNewRegExp(realm, regexp, "g", JsSymbol.MATCH_ALL, s);
        });
        realm.method(proto, "search", 1, (t, a, n) -> {
            requireObjectCoercible(realm, t, "search");
            Object regexp = arg(a, 0);
            Object searcher = delegate(realm, regexp, JsSymbol.SEARCH);
            if (searcher != null) {
                return Operations.call(realm, searcher, regexp, new Object[] {t});
            }
            String s = Operations.toString(realm, t);
            return invokeOnNewRegExp(realm, regexp, Undefined.INSTANCE, JsSymbol.SEARCH, s);
        });
        realm.method(proto, "replace", 2, (t, a, n) -> replace(realm, t, arg(a, 0), arg(a, 1)));
        realm.method(proto, "replaceAll", 2, (t, a, n) -> replaceAll(realm, t, arg(a, 0), arg(a, 1)));
        realm.method(proto, "split", 2, (t, a, n) -> split(realm, t, arg(a, 0), arg(a, 1)));
    }

    /** The pattern's Symbol.match/replace/… method, or null when it has none (or is nullish). */
    private static Object delegate(Realm realm, Object pattern, JsSymbol key) {
        if (Values.isNullish(pattern)) {
            return null;
        }
        Object method = Operations.getMethod(realm, pattern, key);
        return method == Undefined.INSTANCE ? null : method;
    }

    /** RegExpCreate(pattern, flags) then Invoke(rx, key, [s]), through the realm's RegExp constructor. */
    private static Object invokeOnNewRegExp(Realm realm, Object pattern, Object flags, JsSymbol key, String s) {
        if (!(realm.globalObject.get("RegExp") instanceof JsFunction regExp) || !regExp.isConstructor()) {
            throw realm.typeError("RegExp is not defined");
        }
        Object source = pattern == Undefined.INSTANCE ? "" : pattern;
        Object rx = regExp.construct(new Object[] {source, flags}, regExp);
        Object method = Operations.getV(realm, rx, key);
        return Operations.call(realm, method, rx, new Object[] {s});
    }

    // ECMA-262 §22.1.3.19 String.prototype.replace
    private static Object replace(Realm realm, Object t, Object searchValue, Object replaceValue) {
        requireObjectCoercible(realm, t, "replace");
        Object replacer = delegate(realm, searchValue, JsSymbol.REPLACE);
        if (replacer != null) {
            return Operations.call(realm, replacer, searchValue, new Object[] {t, replaceValue});
        }
        String string = Operations.toString(realm, t);
        String searchString = Operations.toString(realm, searchValue);
        String template = Values.isCallable(replaceValue) ? null : Operations.toString(realm, replaceValue);
        int position = string.indexOf(searchString);
        if (position < 0) {
            return string;
        }
        String replacement = replacementAt(realm, searchString, string, position, replaceValue, template);
        return string.substring(0, position) + replacement + string.substring(position + searchString.length());
    }

    // ECMA-262 §22.1.3.20 String.prototype.replaceAll
    private static Object replaceAll(Realm realm, Object t, Object searchValue, Object replaceValue) {
        requireObjectCoercible(realm, t, "replaceAll");
        if (!Values.isNullish(searchValue)) {
            if (isRegExp(realm, searchValue)) {
                Object flags = ((JsObject) searchValue).get("flags");
                requireObjectCoercible(realm, flags, "replaceAll");
                if (!Operations.toString(realm, flags).contains("g")) {
                    throw realm.typeError("String.prototype.replaceAll called with a non-global RegExp argument");
                }
            }
            Object replacer = delegate(realm, searchValue, JsSymbol.REPLACE);
            if (replacer != null) {
                return Operations.call(realm, replacer, searchValue, new Object[] {t, replaceValue});
            }
        }
        String string = Operations.toString(realm, t);
        String searchString = Operations.toString(realm, searchValue);
        String template = Values.isCallable(replaceValue) ? null : Operations.toString(realm, replaceValue);
        int searchLength = searchString.length();
        int advanceBy = Math.max(1, searchLength);
        List<Integer> positions = new ArrayList<>();
        int position = string.indexOf(searchString);
        while (position >= 0 && position <= string.length()) {
            positions.add(position);
            position = position + advanceBy > string.length() ? -1 : string.indexOf(searchString, position + advanceBy);
        }
        int endOfLastMatch = 0;
        StringBuilder result = new StringBuilder();
        for (int p : positions) {
            result.append(string, endOfLastMatch, p);
            String replacement = replacementAt(realm, searchString, string, p, replaceValue, template);
            result.append(replacement);
            endOfLastMatch = p + searchLength;
        }
        if (endOfLastMatch < string.length()) {
            result.append(string, endOfLastMatch, string.length());
        }
        return result.toString();
    }

    // The replacement for a string pattern matched at position: the replacer's result when it is callable
    // (template is null), else GetSubstitution with no captures and no named groups.
    private static String replacementAt(
            Realm realm, String searchString, String string, int position, Object replaceValue, String template) {
        if (template == null) {
            return Operations.toString(realm, Operations.call(realm, replaceValue, Undefined.INSTANCE, new Object[] {
                searchString, (double) position, string
            }));
        }
        return RegExpBuiltins.getSubstitution(
                realm, searchString, string, position, List.of(), Undefined.INSTANCE, template);
    }

    // ECMA-262 §22.1.3.23 String.prototype.split
    private static Object split(Realm realm, Object t, Object separator, Object limit) {
        requireObjectCoercible(realm, t, "split");
        Object splitter = delegate(realm, separator, JsSymbol.SPLIT);
        if (splitter != null) {
            return Operations.call(realm, splitter, separator, new Object[] {t, limit});
        }
        String s = Operations.toString(realm, t);
        long lim = limit == Undefined.INSTANCE ? 0xFFFF_FFFFL : Operations.toUint32(Operations.toNumber(realm, limit));
        String r = Operations.toString(realm, separator);
        List<Object> parts = new ArrayList<>();
        if (lim == 0) {
            return realm.newArray(parts);
        }
        if (separator == Undefined.INSTANCE) {
            parts.add(s);
            return realm.newArray(parts);
        }
        if (r.isEmpty()) {
            for (int i = 0; i < s.length() && i < lim; i++) {
                parts.add(String.valueOf(s.charAt(i)));
            }
            return realm.newArray(parts);
        }
        if (s.isEmpty()) {
            parts.add(s);
            return realm.newArray(parts);
        }
        int p = 0;
        int q = s.indexOf(r);
        while (q >= 0) {
            parts.add(s.substring(p, q));
            if (parts.size() == lim) {
                return realm.newArray(parts);
            }
            p = q + r.length();
            q = s.indexOf(r, p);
        }
        parts.add(s.substring(p));
        return realm.newArray(parts);
    }

    // ---- %StringIteratorPrototype% (ECMA-262 §22.1.5) ----------------------------------------------

    /** A String Iterator: the string, the next code-unit position, and whether it has ended. */
    static final class StringIterator extends JsObject {
        final String string;
        int position;
        boolean done;

        StringIterator(JsObject prototype, String string) {
            super(prototype);
            this.string = string;
        }
    }

    private static void installStringIterator(Realm realm, JsObject proto) {
        JsObject iteratorProto = new JsObject(realm.iteratorPrototype);
        realm.method(iteratorProto, "next", 0, (t, a, n) -> {
            if (!(t instanceof StringIterator it)) {
                throw realm.typeError("Method String Iterator.prototype.next called on incompatible receiver "
                        + Operations.toDisplay(t));
            }
            JsObject result = realm.newObject();
            if (it.done || it.position >= it.string.length()) {
                it.done = true;
                result.set("value", Undefined.INSTANCE);
                result.set("done", true);
                return result;
            }
            int cp = it.string.codePointAt(it.position);
            int width = Character.charCount(cp);
            result.set("value", it.string.substring(it.position, it.position + width));
            result.set("done", false);
            it.position += width;
            return result;
        });
        iteratorProto.defineOwn(JsSymbol.TO_STRING_TAG, "String Iterator", Property.CONFIGURABLE);
        proto.defineOwn(
                JsSymbol.ITERATOR,
                realm.function("[Symbol.iterator]", 0, (t, a, n) -> {
                    if (Values.isNullish(t)) {
                        throw realm.typeError("String.prototype[Symbol.iterator] called on null or undefined");
                    }
                    return new StringIterator(iteratorProto, Operations.toString(realm, t));
                }),
                Property.HIDDEN);
    }
}
