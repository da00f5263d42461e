package dev.loopsim.js.builtins;

import dev.loopsim.js.syntax.RegExpSyntax;
import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.NativeFunction;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The RegExp constructor and RegExp.prototype (ECMA-262 §22.2), including the Symbol.match, matchAll,
 * replace, search and split methods String.prototype delegates to. Patterns run on java.util.regex
 * through {@link RegExpTranslator}, whose Javadoc lists how the two dialects are reconciled.
 */
public final class RegExpBuiltins {
    private RegExpBuiltins() {}

    private static final String FLAG_ORDER = "dgimsuvy";

    /** A RegExp instance: [[OriginalSource]], [[OriginalFlags]] and the compiled matcher (§22.2.3.1). */
    public static final class JsRegExp extends JsObject {
        String source = "";
        String flags = "";
        RegExpTranslator.Translation translation;

        JsRegExp(JsObject prototype) {
            super(prototype);
            defineOwn("lastIndex", 0.0, Property.WRITABLE);
        }

        @Override
        public String className() {
            return "RegExp";
        }

        public String source() {
            return source;
        }

        public String flags() {
            return flags;
        }

        boolean has(char flag) {
            return flags.indexOf(flag) >= 0;
        }
    }

    /**
     * Recently compiled patterns of one realm, keyed by flags and source: a regex literal in a loop builds
     * a new RegExp object on every evaluation, and should not recompile its pattern each time.
     */
    private static final class TranslationCache extends LinkedHashMap<String, RegExpTranslator.Translation> {
        private static final int CAPACITY = 256;

        TranslationCache() {
            super(16, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RegExpTranslator.Translation> eldest) {
            return size() > CAPACITY;
        }
    }

    private static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.INSTANCE;
    }

    public static void install(Realm realm) {
        installWellKnownSymbols(realm);
        TranslationCache cache = new TranslationCache();
        JsObject proto = new JsObject(realm.objectPrototype);
        NativeFunction[] self = new NativeFunction[1];
        NativeFunction ctor = new NativeFunction(
                realm.functionPrototype,
                "RegExp",
                2,
                true,
                (t, a, nt) -> regExpConstructor(realm, cache, self[0], proto, a, nt));
        self[0] = ctor;
        ctor.defineOwn("prototype", proto, 0);
        proto.defineOwn("constructor", ctor, Property.HIDDEN);
        realm.globalObject.defineOwn("RegExp", ctor, Property.HIDDEN);
        ctor.defineAccessor(
                JsSymbol.SPECIES,
                realm.function("get [Symbol.species]", 0, (t, a, n) -> t),
                null,
                Property.CONFIGURABLE);

        realm.method(proto, "exec", 1, (t, a, n) -> {
            if (!(t instanceof JsRegExp r)) {
                throw incompatible(realm, "RegExp.prototype.exec", t);
            }
            return regExpBuiltinExec(realm, r, Operations.toString(realm, arg(a, 0)));
        });
        realm.method(proto, "test", 1, (t, a, n) -> {
            JsObject r = requireObject(realm, "RegExp.prototype.test", t);
            return regExpExec(realm, r, Operations.toString(realm, arg(a, 0))) != JsNull.INSTANCE;
        });
        realm.method(proto, "toString", 0, (t, a, n) -> {
            JsObject r = requireObject(realm, "RegExp.prototype.toString", t);
            return "/" + Operations.toString(realm, r.get("source")) + "/" + Operations.toString(realm, r.get("flags"));
        });
        realm.method(proto, "compile", 2, (t, a, n) -> {
            if (!(t instanceof JsRegExp r)) {
                throw incompatible(realm, "RegExp.prototype.compile", t);
            }
            if (arg(a, 0) instanceof JsRegExp source) {
                if (arg(a, 1) != Undefined.INSTANCE) {
                    throw realm.typeError("Cannot supply flags when constructing one RegExp from another");
                }
                return regExpInitialize(realm, cache, r, source.source, source.flags);
            }
            return regExpInitialize(realm, cache, r, arg(a, 0), arg(a, 1));
        });

        flagGetter(realm, proto, "hasIndices", 'd');
        flagGetter(realm, proto, "global", 'g');
        flagGetter(realm, proto, "ignoreCase", 'i');
        flagGetter(realm, proto, "multiline", 'm');
        flagGetter(realm, proto, "dotAll", 's');
        flagGetter(realm, proto, "unicode", 'u');
        flagGetter(realm, proto, "unicodeSets", 'v');
        flagGetter(realm, proto, "sticky", 'y');
        proto.defineAccessor(
                "flags",
                realm.function("get flags", 0, (t, a, n) -> {
                    if (!(t instanceof JsObject r)) {
                        throw realm.typeError(
                                "RegExp.prototype.flags getter called on non-object " + Operations.toDisplay(t));
                    }
                    return regExpFlags(r);
                }),
                null,
                Property.CONFIGURABLE);
        proto.defineAccessor(
                "source",
                realm.function("get source", 0, (t, a, n) -> {
                    if (t instanceof JsRegExp r) {
                        return escapeRegExpPattern(r.source);
                    }
                    if (t == proto) {
                        return "(?:)";
                    }
                    if (!(t instanceof JsObject)) {
                        throw realm.typeError(
                                "RegExp.prototype.source getter called on non-object " + Operations.toDisplay(t));
                    }
                    throw realm.typeError("RegExp.prototype.source getter called on non-RegExp object");
                }),
                null,
                Property.CONFIGURABLE);

        JsObject stringIteratorProto = new JsObject(realm.iteratorPrototype);
        stringIteratorProto.defineOwn(JsSymbol.TO_STRING_TAG, "RegExp String Iterator", Property.CONFIGURABLE);
        realm.method(stringIteratorProto, "next", 0, (t, a, n) -> regExpStringIteratorNext(realm, t));

        symbolMethod(realm, proto, JsSymbol.MATCH, "[Symbol.match]", 1, (t, a, n) -> {
            JsObject rx = requireObject(realm, "RegExp.prototype.@@match", t);
            return regExpMatch(realm, rx, Operations.toString(realm, arg(a, 0)));
        });
        symbolMethod(realm, proto, JsSymbol.MATCH_ALL, "[Symbol.matchAll]", 1, (t, a, n) -> {
            JsObject rx = requireObject(realm, "RegExp.prototype.@@matchAll", t);
            return regExpMatchAll(realm, rx, Operations.toString(realm, arg(a, 0)), ctor, stringIteratorProto);
        });
        symbolMethod(realm, proto, JsSymbol.REPLACE, "[Symbol.replace]", 2, (t, a, n) -> {
            if (!(t instanceof JsObject rx)) {
                // V8 names the receiver "undefined" here whatever it was; node prints this message.
                throw incompatible(realm, "RegExp.prototype.@@replace", Undefined.INSTANCE);
            }
            return regExpReplace(realm, rx, Operations.toString(realm, arg(a, 0)), arg(a, 1));
        });
        symbolMethod(realm, proto, JsSymbol.SEARCH, "[Symbol.search]", 1, (t, a, n) -> {
            JsObject rx = requireObject(realm, "RegExp.prototype.@@search", t);
            return regExpSearch(realm, rx, Operations.toString(realm, arg(a, 0)));
        });
        symbolMethod(realm, proto, JsSymbol.SPLIT, "[Symbol.split]", 2, (t, a, n) -> {
            JsObject rx = requireObject(realm, "RegExp.prototype.@@split", t);
            return regExpSplit(realm, rx, Operations.toString(realm, arg(a, 0)), arg(a, 1), ctor);
        });
    }

    /** Symbol.match, matchAll, replace, search and split: the protocols String.prototype hands to RegExp. */
    private static void installWellKnownSymbols(Realm realm) {
        if (!(realm.globalObject.get("Symbol") instanceof JsObject symbol)) {
            return;
        }
        JsSymbol[] symbols = {JsSymbol.MATCH, JsSymbol.MATCH_ALL, JsSymbol.REPLACE, JsSymbol.SEARCH, JsSymbol.SPLIT};
        String[] names = {"match", "matchAll", "replace", "search", "split"};
        for (int i = 0; i < symbols.length; i++) {
            if (!symbol.hasOwnProperty(names[i])) {
                symbol.defineOwn(names[i], symbols[i], 0);
            }
        }
    }

    private static void symbolMethod(
            Realm realm, JsObject target, JsSymbol key, String name, int length, NativeFunction.Body body) {
        target.defineOwn(key, realm.function(name, length, body), Property.HIDDEN);
    }

    private static void flagGetter(Realm realm, JsObject proto, String name, char flag) {
        proto.defineAccessor(
                name,
                realm.function("get " + name, 0, (t, a, n) -> {
                    if (t instanceof JsRegExp r) {
                        return r.has(flag);
                    }
                    if (t == proto) {
                        return Undefined.INSTANCE;
                    }
                    if (!(t instanceof JsObject)) {
                        throw realm.typeError(
                                "RegExp.prototype." + name + " getter called on non-object " + Operations.toDisplay(t));
                    }
                    throw realm.typeError("RegExp.prototype." + name + " getter called on non-RegExp object");
                }),
                null,
                Property.CONFIGURABLE);
    }

    private static JsThrow incompatible(Realm realm, String method, Object receiver) {
        String shown = receiver instanceof String s ? s : Operations.toDisplay(receiver);
        return realm.typeError("Method " + method + " called on incompatible receiver " + shown);
    }

    private static JsObject requireObject(Realm realm, String method, Object t) {
        if (t instanceof JsObject o) {
            return o;
        }
        throw incompatible(realm, method, t);
    }

    // ---- construction ------------------------------------------------------------------------------

    // ECMA-262 §22.2.4.1 RegExp ( pattern, flags )
    private static Object regExpConstructor(
            Realm realm, TranslationCache cache, JsFunction self, JsObject proto, Object[] args, JsObject newTarget) {
        Object pattern = arg(args, 0);
        Object flags = arg(args, 1);
        boolean patternIsRegExp = isRegExp(realm, pattern);
        if (newTarget == null) {
            newTarget = self;
            if (patternIsRegExp && flags == Undefined.INSTANCE) {
                Object patternConstructor = ((JsObject) pattern).get("constructor");
                if (patternConstructor == newTarget) {
                    return pattern;
                }
            }
        }
        Object p;
        Object f;
        if (pattern instanceof JsRegExp r) {
            p = r.source;
            f = flags == Undefined.INSTANCE ? r.flags : flags;
        } else if (patternIsRegExp) {
            p = ((JsObject) pattern).get("source");
            f = flags == Undefined.INSTANCE ? ((JsObject) pattern).get("flags") : flags;
        } else {
            p = pattern;
            f = flags;
        }
        Object protoValue = newTarget.get("prototype");
        JsRegExp object = new JsRegExp(protoValue instanceof JsObject po ? po : proto);
        return regExpInitialize(realm, cache, object, p, f);
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
        return o instanceof JsRegExp;
    }

    // ECMA-262 §22.2.3.3 RegExpInitialize
    private static JsRegExp regExpInitialize(
            Realm realm, TranslationCache cache, JsRegExp r, Object pattern, Object flags) {
        String p = pattern == Undefined.INSTANCE ? "" : Operations.toString(realm, pattern);
        String f = flags == Undefined.INSTANCE ? "" : Operations.toString(realm, flags);
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (FLAG_ORDER.indexOf(c) < 0 || f.indexOf(c, i + 1) >= 0) {
                throw realm.syntaxError("Invalid flags supplied to RegExp constructor '" + f + "'");
            }
        }
        if (f.indexOf('u') >= 0 && f.indexOf('v') >= 0) {
            throw realm.syntaxError("Invalid flags supplied to RegExp constructor '" + f + "'");
        }
        String key = f + "/" + p;
        RegExpTranslator.Translation translation = cache.get(key);
        if (translation == null) {
            String detail = RegExpSyntax.check(p, f);
            if (detail != null) {
                throw realm.syntaxError(RegExpSyntax.message(p, f, detail));
            }
            try {
                translation = RegExpTranslator.translate(p, f);
            } catch (RegExpTranslator.RegExpSyntaxError e) {
                // A pattern V8 accepts but java.util.regex cannot express (see RegExpTranslator).
                throw realm.syntaxError(RegExpSyntax.message(p, f, e.getMessage()));
            }
            cache.put(key, translation);
        }
        r.translation = translation;
        r.source = p;
        r.flags = f;
        setOrThrow(realm, r, "lastIndex", 0.0);
        return r;
    }

    // ECMA-262 §22.2.6.13.1 EscapeRegExpPattern
    static String escapeRegExpPattern(String source) {
        if (source.isEmpty()) {
            return "(?:)";
        }
        StringBuilder out = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            switch (c) {
                case '\\' -> {
                    out.append(c);
                    if (i + 1 < source.length()) {
                        char next = source.charAt(++i);
                        out.append(lineTerminatorEscape(next, String.valueOf(next)));
                    }
                }
                case '/' -> out.append(inClass ? "/" : "\\/");
                case '[' -> {
                    inClass = true;
                    out.append(c);
                }
                case ']' -> {
                    inClass = false;
                    out.append(c);
                }
                default -> out.append(lineTerminatorEscape(c, String.valueOf(c)));
            }
        }
        return out.toString();
    }

    private static String lineTerminatorEscape(char c, String otherwise) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> otherwise;
        };
    }

    // ECMA-262 §22.2.6.4 get RegExp.prototype.flags
    private static String regExpFlags(JsObject r) {
        StringBuilder out = new StringBuilder();
        String[] names = {
            "hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"
        };
        for (int i = 0; i < names.length; i++) {
            if (Values.toBoolean(r.get(names[i]))) {
                out.append(FLAG_ORDER.charAt(i));
            }
        }
        return out.toString();
    }

    // ---- matching ----------------------------------------------------------------------------------

    // ECMA-262 §22.2.7.1 RegExpExec
    static Object regExpExec(Realm realm, JsObject r, String s) {
        Object exec = r.get("exec");
        if (exec instanceof JsFunction f) {
            Object result = f.call(r, new Object[] {s});
            if (!(result instanceof JsObject) && result != JsNull.INSTANCE) {
                throw realm.typeError("RegExp exec method returned something other than an Object or null");
            }
            return result;
        }
        if (!(r instanceof JsRegExp rx)) {
            throw incompatible(realm, "RegExp.prototype.exec", r);
        }
        return regExpBuiltinExec(realm, rx, s);
    }

    // ECMA-262 §22.2.7.2 RegExpBuiltinExec
    static Object regExpBuiltinExec(Realm realm, JsRegExp r, String s) {
        int length = s.length();
        double lastIndex = Operations.toLength(realm, r.get("lastIndex"));
        boolean global = r.has('g');
        boolean sticky = r.has('y');
        boolean hasIndices = r.has('d');
        if (!global && !sticky) {
            lastIndex = 0;
        }
        if (lastIndex > length) {
            if (global || sticky) {
                setOrThrow(realm, r, "lastIndex", 0.0);
            }
            return JsNull.INSTANCE;
        }
        boolean fullUnicode = r.has('u') || r.has('v');
        Matcher m = r.translation.pattern().matcher(fullUnicode ? s : CodeUnits.of(s));
        m.useAnchoringBounds(false);
        m.useTransparentBounds(true);
        m.region((int) lastIndex, length);
        boolean found = sticky ? m.lookingAt() : m.find();
        if (!found) {
            if (global || sticky) {
                setOrThrow(realm, r, "lastIndex", 0.0);
            }
            return JsNull.INSTANCE;
        }
        if (global || sticky) {
            setOrThrow(realm, r, "lastIndex", (double) m.end());
        }
        int groupCount = r.translation.groupCount();
        List<Object> values = new ArrayList<>(groupCount + 1);
        values.add(s.substring(m.start(), m.end()));
        Set<Integer> alwaysUndefined = r.translation.alwaysUndefined();
        for (int i = 1; i <= groupCount; i++) {
            String name = RegExpTranslator.groupName(i);
            boolean absent = alwaysUndefined.contains(i) || m.start(name) < 0;
            values.add(absent ? Undefined.INSTANCE : s.substring(m.start(name), m.end(name)));
        }
        JsArray a = realm.newArray(values);
        a.defineOwn("index", (double) m.start(), Property.DEFAULT);
        a.defineOwn("input", s, Property.DEFAULT);
        List<String> names = r.translation.groupNames();
        boolean hasGroups = names.stream().anyMatch(n -> n != null);
        Object groups = Undefined.INSTANCE;
        if (hasGroups) {
            JsObject g = new JsObject(null);
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i) != null) {
                    g.defineOwn(names.get(i), values.get(i + 1), Property.DEFAULT);
                }
            }
            groups = g;
        }
        a.defineOwn("groups", groups, Property.DEFAULT);
        if (hasIndices) {
            List<Object> pairs = new ArrayList<>();
            pairs.add(realm.newArray(List.of((double) m.start(), (double) m.end())));
            for (int i = 1; i <= groupCount; i++) {
                String name = RegExpTranslator.groupName(i);
                pairs.add(
                        m.start(name) < 0 || alwaysUndefined.contains(i)
                                ? Undefined.INSTANCE
                                : realm.newArray(List.of((double) m.start(name), (double) m.end(name))));
            }
            JsArray indices = realm.newArray(pairs);
            Object indexGroups = Undefined.INSTANCE;
            if (hasGroups) {
                JsObject g = new JsObject(null);
                for (int i = 0; i < names.size(); i++) {
                    if (names.get(i) != null) {
                        g.defineOwn(names.get(i), pairs.get(i + 1), Property.DEFAULT);
                    }
                }
                indexGroups = g;
            }
            indices.defineOwn("groups", indexGroups, Property.DEFAULT);
            a.defineOwn("indices", indices, Property.DEFAULT);
        }
        return a;
    }

    // ECMA-262 §22.2.7.3 AdvanceStringIndex
    private static double advanceStringIndex(String s, double index, boolean unicode) {
        if (!unicode || index + 1 >= s.length()) {
            return index + 1;
        }
        int i = (int) index;
        return Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))
                ? index + 2
                : index + 1;
    }

    private static void setOrThrow(Realm realm, JsObject o, Object key, Object value) {
        if (!o.set(key, value)) {
            throw realm.typeError(
                    "Cannot assign to read only property '" + Operations.describeKey(key) + "' of object '"
                            + (o instanceof JsRegExp r
                                    ? "/" + escapeRegExpPattern(r.source) + "/" + r.flags
                                    : Operations.toDisplay(o))
                            + "'");
        }
    }

    private static boolean fullUnicode(String flags) {
        return flags.indexOf('u') >= 0 || flags.indexOf('v') >= 0;
    }

    // ECMA-262 §22.2.6.8 RegExp.prototype [ @@match ]
    private static Object regExpMatch(Realm realm, JsObject rx, String s) {
        String flags = Operations.toString(realm, rx.get("flags"));
        if (flags.indexOf('g') < 0) {
            return regExpExec(realm, rx, s);
        }
        boolean unicode = fullUnicode(flags);
        setOrThrow(realm, rx, "lastIndex", 0.0);
        List<Object> matches = new ArrayList<>();
        while (true) {
            Object result = regExpExec(realm, rx, s);
            if (result == JsNull.INSTANCE) {
                return matches.isEmpty() ? JsNull.INSTANCE : realm.newArray(matches);
            }
            String matchStr = Operations.toString(realm, ((JsObject) result).get("0"));
            matches.add(matchStr);
            if (matchStr.isEmpty()) {
                double thisIndex = Operations.toLength(realm, rx.get("lastIndex"));
                setOrThrow(realm, rx, "lastIndex", advanceStringIndex(s, thisIndex, unicode));
            }
        }
    }

    // ECMA-262 §7.3.22 SpeciesConstructor
    private static JsFunction speciesConstructor(Realm realm, JsObject o, JsFunction defaultConstructor) {
        Object c = o.get("constructor");
        if (c == Undefined.INSTANCE) {
            return defaultConstructor;
        }
        if (!(c instanceof JsObject co)) {
            throw realm.typeError("The .constructor property is not an object");
        }
        Object species = co.get(JsSymbol.SPECIES);
        if (Values.isNullish(species)) {
            return defaultConstructor;
        }
        if (species instanceof JsFunction f && f.isConstructor()) {
            return f;
        }
        throw realm.typeError("object.constructor[Symbol.species] is not a constructor");
    }

    /** A RegExp String Iterator (ECMA-262 §22.2.9): the matcher, the string, and its two flags. */
    private static final class RegExpStringIterator extends JsObject {
        final JsObject matcher;
        final String string;
        final boolean global;
        final boolean unicode;
        boolean done;

        RegExpStringIterator(JsObject proto, JsObject matcher, String string, boolean global, boolean unicode) {
            super(proto);
            this.matcher = matcher;
            this.string = string;
            this.global = global;
            this.unicode = unicode;
        }
    }

    // ECMA-262 §22.2.6.9 RegExp.prototype [ @@matchAll ]
    private static Object regExpMatchAll(Realm realm, JsObject r, String s, JsFunction regExp, JsObject iteratorProto) {
        JsFunction c = speciesConstructor(realm, r, regExp);
        String flags = Operations.toString(realm, r.get("flags"));
        Object matcher = c.construct(new Object[] {r, flags}, c);
        double lastIndex = Operations.toLength(realm, r.get("lastIndex"));
        setOrThrow(realm, (JsObject) matcher, "lastIndex", lastIndex);
        return new RegExpStringIterator(
                iteratorProto, (JsObject) matcher, s, flags.indexOf('g') >= 0, fullUnicode(flags));
    }

    // ECMA-262 §22.2.9.2.1 %RegExpStringIteratorPrototype%.next
    private static Object regExpStringIteratorNext(Realm realm, Object t) {
        if (!(t instanceof RegExpStringIterator it)) {
            throw incompatible(realm, "%RegExpStringIterator%.prototype.next", t);
        }
        if (it.done) {
            return iterResult(realm, Undefined.INSTANCE, true);
        }
        Object match = regExpExec(realm, it.matcher, it.string);
        if (match == JsNull.INSTANCE) {
            it.done = true;
            return iterResult(realm, Undefined.INSTANCE, true);
        }
        if (!it.global) {
            it.done = true;
            return iterResult(realm, match, false);
        }
        String matchStr = Operations.toString(realm, ((JsObject) match).get("0"));
        if (matchStr.isEmpty()) {
            double thisIndex = Operations.toLength(realm, it.matcher.get("lastIndex"));
            setOrThrow(realm, it.matcher, "lastIndex", advanceStringIndex(it.string, thisIndex, it.unicode));
        }
        return iterResult(realm, match, false);
    }

    private static JsObject iterResult(Realm realm, Object value, boolean done) {
        JsObject result = realm.newObject();
        result.set("value", value);
        result.set("done", done);
        return result;
    }

    // ECMA-262 §22.2.6.11 RegExp.prototype [ @@replace ]
    private static Object regExpReplace(Realm realm, JsObject rx, String s, Object replaceValue) {
        boolean functional = replaceValue instanceof JsFunction;
        String replaceText = functional ? null : Operations.toString(realm, replaceValue);
        String flags = Operations.toString(realm, rx.get("flags"));
        boolean global = flags.indexOf('g') >= 0;
        boolean unicode = fullUnicode(flags);
        if (global) {
            setOrThrow(realm, rx, "lastIndex", 0.0);
        }
        List<JsObject> results = new ArrayList<>();
        while (true) {
            Object result = regExpExec(realm, rx, s);
            if (result == JsNull.INSTANCE) {
                break;
            }
            results.add((JsObject) result);
            if (!global) {
                break;
            }
            String matchStr = Operations.toString(realm, ((JsObject) result).get("0"));
            if (matchStr.isEmpty()) {
                double thisIndex = Operations.toLength(realm, rx.get("lastIndex"));
                setOrThrow(realm, rx, "lastIndex", advanceStringIndex(s, thisIndex, unicode));
            }
        }
        StringBuilder accumulated = new StringBuilder();
        int nextSourcePosition = 0;
        for (JsObject result : results) {
            long nCaptures = Math.max(Operations.toLength(realm, result.get("length")) - 1, 0);
            String matched = Operations.toString(realm, result.get("0"));
            int matchLength = matched.length();
            double position =
                    Math.max(Math.min(Operations.toIntegerOrInfinity(realm, result.get("index")), s.length()), 0);
            List<Object> captures = new ArrayList<>();
            for (long n = 1; n <= nCaptures; n++) {
                Object capN = result.get(String.valueOf(n));
                captures.add(capN == Undefined.INSTANCE ? capN : Operations.toString(realm, capN));
            }
            Object namedCaptures = result.get("groups");
            String replacement;
            if (functional) {
                List<Object> replacerArgs = new ArrayList<>();
                replacerArgs.add(matched);
                replacerArgs.addAll(captures);
                replacerArgs.add(position);
                replacerArgs.add(s);
                if (namedCaptures != Undefined.INSTANCE) {
                    replacerArgs.add(namedCaptures);
                }
                replacement = Operations.toString(
                        realm, ((JsFunction) replaceValue).call(Undefined.INSTANCE, replacerArgs.toArray()));
            } else {
                if (namedCaptures != Undefined.INSTANCE) {
                    namedCaptures = Operations.toObject(realm, namedCaptures);
                }
                replacement = getSubstitution(realm, matched, s, (int) position, captures, namedCaptures, replaceText);
            }
            if (position >= nextSourcePosition) {
                accumulated.append(s, nextSourcePosition, (int) position).append(replacement);
                nextSourcePosition = (int) position + matchLength;
            }
        }
        if (nextSourcePosition >= s.length()) {
            return accumulated.toString();
        }
        return accumulated.append(s.substring(nextSourcePosition)).toString();
    }

    // ECMA-262 §22.1.3.19.1 GetSubstitution
    static String getSubstitution(
            Realm realm,
            String matched,
            String str,
            int position,
            List<Object> captures,
            Object namedCaptures,
            String replacement) {
        StringBuilder result = new StringBuilder();
        int m = captures.size();
        int tailPos = Math.min(position + matched.length(), str.length());
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c != '$' || i + 1 >= replacement.length()) {
                result.append(c);
                continue;
            }
            char next = replacement.charAt(i + 1);
            if (next == '$') {
                result.append('$');
                i++;
            } else if (next == '&') {
                result.append(matched);
                i++;
            } else if (next == '`') {
                result.append(str, 0, position);
                i++;
            } else if (next == '\'') {
                result.append(str.substring(tailPos));
                i++;
            } else if (next >= '0' && next <= '9') {
                int digits = 1;
                int index = next - '0';
                if (i + 2 < replacement.length()) {
                    char third = replacement.charAt(i + 2);
                    int two = index * 10 + (third - '0');
                    if (third >= '0' && third <= '9' && two >= 1 && two <= m) {
                        digits = 2;
                        index = two;
                    }
                }
                if (index < 1 || index > m) {
                    result.append('$');
                    continue;
                }
                Object capture = captures.get(index - 1);
                if (capture != Undefined.INSTANCE) {
                    result.append((String) capture);
                }
                i += digits;
            } else if (next == '<') {
                int close = replacement.indexOf('>', i + 2);
                if (namedCaptures == Undefined.INSTANCE || close < 0) {
                    result.append('$');
                    continue;
                }
                String groupName = replacement.substring(i + 2, close);
                Object capture = ((JsObject) namedCaptures).get(groupName);
                if (capture != Undefined.INSTANCE) {
                    result.append(Operations.toString(realm, capture));
                }
                i = close;
            } else {
                result.append('$');
            }
        }
        return result.toString();
    }

    // ECMA-262 §22.2.6.12 RegExp.prototype [ @@search ]
    private static Object regExpSearch(Realm realm, JsObject rx, String s) {
        Object previousLastIndex = rx.get("lastIndex");
        if (!Values.sameValue(previousLastIndex, 0.0)) {
            setOrThrow(realm, rx, "lastIndex", 0.0);
        }
        Object result = regExpExec(realm, rx, s);
        Object currentLastIndex = rx.get("lastIndex");
        if (!Values.sameValue(currentLastIndex, previousLastIndex)) {
            setOrThrow(realm, rx, "lastIndex", previousLastIndex);
        }
        return result == JsNull.INSTANCE ? -1.0 : ((JsObject) result).get("index");
    }

    // ECMA-262 §22.2.6.14 RegExp.prototype [ @@split ]
    private static Object regExpSplit(Realm realm, JsObject rx, String s, Object limit, JsFunction regExp) {
        JsFunction c = speciesConstructor(realm, rx, regExp);
        String flags = Operations.toString(realm, rx.get("flags"));
        boolean unicode = fullUnicode(flags);
        String newFlags = flags.indexOf('y') >= 0 ? flags : flags + "y";
        JsObject splitter = (JsObject) c.construct(new Object[] {rx, newFlags}, c);
        List<Object> a = new ArrayList<>();
        long lim = limit == Undefined.INSTANCE ? 0xFFFF_FFFFL : Operations.toUint32(Operations.toNumber(realm, limit));
        if (lim == 0) {
            return realm.newArray(a);
        }
        int size = s.length();
        if (size == 0) {
            if (regExpExec(realm, splitter, s) == JsNull.INSTANCE) {
                a.add(s);
            }
            return realm.newArray(a);
        }
        int p = 0;
        double q = p;
        while (q < size) {
            setOrThrow(realm, splitter, "lastIndex", q);
            Object z = regExpExec(realm, splitter, s);
            if (z == JsNull.INSTANCE) {
                q = advanceStringIndex(s, q, unicode);
                continue;
            }
            double e = Math.min(Operations.toLength(realm, splitter.get("lastIndex")), size);
            if (e == p) {
                q = advanceStringIndex(s, q, unicode);
                continue;
            }
            a.add(s.substring(p, (int) q));
            if (a.size() == lim) {
                return realm.newArray(a);
            }
            p = (int) e;
            JsObject match = (JsObject) z;
            long numberOfCaptures = Math.max(Operations.toLength(realm, match.get("length")) - 1, 0);
            for (long i = 1; i <= numberOfCaptures; i++) {
                a.add(match.get(String.valueOf(i)));
                if (a.size() == lim) {
                    return realm.newArray(a);
                }
            }
            q = p;
        }
        a.add(s.substring(p));
        return realm.newArray(a);
    }
}
