package dev.loopsim.js.builtins;

import static dev.loopsim.js.builtins.CoreBuiltins.arg;

import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPrimitiveWrapper;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.PropertyDescriptor;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON object (ECMA-262 §25.5): a parser that fails with V8's (Node 20's) messages, and stringify
 * with replacers, indentation, toJSON and V8's description of a circular structure.
 */
public final class JsonBuiltins {
    private JsonBuiltins() {}

    public static void install(Realm realm) {
        JsObject json = realm.newObject();
        json.defineOwn(JsSymbol.TO_STRING_TAG, "JSON", Property.CONFIGURABLE);
        realm.globalObject.defineOwn("JSON", json, Property.HIDDEN);
        realm.method(json, "parse", 2, (t, a, n) -> parse(realm, Operations.toString(realm, arg(a, 0)), arg(a, 1)));
        realm.method(json, "stringify", 3, (t, a, n) -> stringify(realm, arg(a, 0), arg(a, 1), arg(a, 2)));
    }

    // ---- JSON.parse --------------------------------------------------------------------------------

    // ECMA-262 §25.5.1 JSON.parse
    private static Object parse(Realm realm, String text, Object reviver) {
        Object value = new Parser(realm, text).parseText();
        if (!(reviver instanceof JsFunction f)) {
            return value;
        }
        JsObject root = realm.newObject();
        root.defineOwn("", value, Property.DEFAULT);
        return internalizeJsonProperty(realm, root, "", f);
    }

    // ECMA-262 §25.5.1.1 InternalizeJSONProperty
    private static Object internalizeJsonProperty(Realm realm, JsObject holder, String name, JsFunction reviver) {
        Object val = holder.get(name);
        if (val instanceof JsObject o) {
            List<Object> keys;
            if (o instanceof JsArray arr) {
                keys = new ArrayList<>();
                for (long i = 0; i < arr.length(); i++) {
                    keys.add(String.valueOf(i));
                }
            } else {
                keys = ObjectBuiltins.enumerableOwnProperties(realm, o, "key");
            }
            for (Object key : keys) {
                Object element = internalizeJsonProperty(realm, o, (String) key, reviver);
                if (element == Undefined.INSTANCE) {
                    o.delete(key);
                } else {
                    o.defineOwnProperty(key, PropertyDescriptor.data(element, Property.DEFAULT));
                }
            }
        }
        return reviver.call(holder, new Object[] {name, val});
    }

    /** A JSON text parser (ECMA-262 §25.5.1 with RFC 8259's grammar) that reports errors as V8 does. */
    private static final class Parser {
        private static final int MAX_CONTEXT = 10;
        private static final int MIN_LENGTH_FOR_CONTEXT = MAX_CONTEXT * 2 + 1;

        private final Realm realm;
        private final String src;
        private int pos;

        Parser(Realm realm, String src) {
            this.realm = realm;
            this.src = src;
        }

        Object parseText() {
            skipWhitespace();
            Object value = parseValue();
            skipWhitespace();
            if (pos < src.length()) {
                throw error("Unexpected non-whitespace character after JSON at position " + pos);
            }
            return value;
        }

        private RuntimeException error(String message) {
            return realm.syntaxError(message);
        }

        /** V8's message for the character at {@code pos}, which no rule expected. */
        private RuntimeException unexpected() {
            if (pos >= src.length()) {
                return error("Unexpected end of JSON input");
            }
            switch (src) {
                case "undefined", "NaN", "Infinity", "[object Object]" -> {
                    return error("\"" + src + "\" is not valid JSON");
                }
                default -> {}
            }
            String token = new String(Character.toChars(src.codePointAt(pos)));
            int length = src.length();
            if (length < MIN_LENGTH_FOR_CONTEXT) {
                return error("Unexpected token '" + token + "', \"" + src + "\" is not valid JSON");
            }
            if (pos < MAX_CONTEXT) {
                return error("Unexpected token '" + token + "', \"" + src.substring(0, pos + MAX_CONTEXT)
                        + "\"... is not valid JSON");
            }
            if (pos < length - MAX_CONTEXT) {
                return error("Unexpected token '" + token + "', ...\""
                        + src.substring(pos - MAX_CONTEXT, pos + MAX_CONTEXT) + "\"... is not valid JSON");
            }
            return error("Unexpected token '" + token + "', ...\"" + src.substring(pos - MAX_CONTEXT)
                    + "\" is not valid JSON");
        }

        private void skipWhitespace() {
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                pos++;
            }
        }

        /** An array or object whose members are being parsed: the parser keeps these on its own stack. */
        private static final class Container {
            final JsObject object;
            final List<Object> elements;
            String key;

            Container(JsObject object, List<Object> elements) {
                this.object = object;
                this.elements = elements;
            }
        }

        /**
         * Parses one value. Nesting lives on an explicit stack rather than the Java stack, so deeply nested
         * input parses as it does in V8, whose JSON parser is iterative too.
         */
        private Object parseValue() {
            ArrayDeque<Container> stack = new ArrayDeque<>();
            while (true) {
                Object value;
                if (pos >= src.length()) {
                    throw unexpected();
                }
                char c = src.charAt(pos);
                if (c == '{') {
                    pos++;
                    skipWhitespace();
                    if (pos < src.length() && src.charAt(pos) == '}') {
                        pos++;
                        value = realm.newObject();
                    } else {
                        Container object = new Container(realm.newObject(), null);
                        object.key = parsePropertyName("Expected property name or '}'");
                        stack.push(object);
                        continue;
                    }
                } else if (c == '[') {
                    pos++;
                    skipWhitespace();
                    if (pos < src.length() && src.charAt(pos) == ']') {
                        pos++;
                        value = realm.newArray(List.of());
                    } else {
                        stack.push(new Container(null, new ArrayList<>()));
                        continue;
                    }
                } else {
                    value = parseScalar(c);
                }
                // Hand the value to the enclosing containers, closing each one that ends here.
                while (true) {
                    Container top = stack.peek();
                    if (top == null) {
                        return value;
                    }
                    skipWhitespace();
                    char next = pos < src.length() ? src.charAt(pos) : 0;
                    if (top.elements != null) {
                        top.elements.add(value);
                        if (next == ',') {
                            pos++;
                            skipWhitespace();
                            break;
                        }
                        if (next != ']') {
                            throw error("Expected ',' or ']' after array element in JSON at position " + pos);
                        }
                        pos++;
                        stack.pop();
                        value = realm.newArray(top.elements);
                    } else {
                        top.object.defineOwnProperty(top.key, PropertyDescriptor.data(value, Property.DEFAULT));
                        if (next == ',') {
                            pos++;
                            skipWhitespace();
                            top.key = parsePropertyName("Expected double-quoted property name");
                            break;
                        }
                        if (next != '}') {
                            throw error("Expected ',' or '}' after property value in JSON at position " + pos);
                        }
                        pos++;
                        stack.pop();
                        value = top.object;
                    }
                }
            }
        }

        /** A member's name and the colon after it; the value follows at {@code pos}. */
        private String parsePropertyName(String expected) {
            if (pos >= src.length() || src.charAt(pos) != '"') {
                throw error(expected + " in JSON at position " + pos);
            }
            String key = parseString();
            skipWhitespace();
            if (pos >= src.length() || src.charAt(pos) != ':') {
                throw error("Expected ':' after property name in JSON at position " + pos);
            }
            pos++;
            skipWhitespace();
            return key;
        }

        private Object parseScalar(char c) {
            return switch (c) {
                case '"' -> parseString();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", JsNull.INSTANCE);
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        yield parseNumber();
                    }
                    throw unexpected();
                }
            };
        }

        private Object literal(String word, Object value) {
            for (int i = 0; i < word.length(); i++) {
                if (pos >= src.length() || src.charAt(pos) != word.charAt(i)) {
                    throw unexpected();
                }
                pos++;
            }
            return value;
        }

        private String parseString() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= src.length()) {
                    throw error("Unterminated string in JSON at position " + pos);
                }
                char c = src.charAt(pos);
                if (c == '"') {
                    pos++;
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("Bad control character in string literal in JSON at position " + pos);
                }
                if (c != '\\') {
                    out.append(c);
                    pos++;
                    continue;
                }
                pos++;
                if (pos >= src.length()) {
                    throw error("Unterminated string in JSON at position " + pos);
                }
                char e = src.charAt(pos);
                switch (e) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        int code = 0;
                        for (int i = 1; i <= 4; i++) {
                            int digit = pos + i < src.length() ? Character.digit(src.charAt(pos + i), 16) : -1;
                            if (digit < 0 || src.charAt(pos + i) > 'f') {
                                throw error("Bad Unicode escape in JSON at position " + (pos + i));
                            }
                            code = code * 16 + digit;
                        }
                        out.append((char) code);
                        pos += 4;
                    }
                    default -> throw error("Bad escaped character in JSON at position " + pos);
                }
                pos++;
            }
        }

        private Object parseNumber() {
            int start = pos;
            if (src.charAt(pos) == '-') {
                pos++;
                if (pos >= src.length() || !isDigit(src.charAt(pos))) {
                    throw error("No number after minus sign in JSON at position " + pos);
                }
            }
            if (src.charAt(pos) == '0') {
                pos++;
                if (pos < src.length() && isDigit(src.charAt(pos))) {
                    throw error("Unexpected number in JSON at position " + pos);
                }
            } else {
                while (pos < src.length() && isDigit(src.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < src.length() && src.charAt(pos) == '.') {
                pos++;
                if (pos >= src.length() || !isDigit(src.charAt(pos))) {
                    throw error("Unterminated fractional number in JSON at position " + pos);
                }
                while (pos < src.length() && isDigit(src.charAt(pos))) {
                    pos++;
                }
            }
            if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
                pos++;
                if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos >= src.length() || !isDigit(src.charAt(pos))) {
                    throw error("Exponent part is missing a number in JSON at position " + pos);
                }
                while (pos < src.length() && isDigit(src.charAt(pos))) {
                    pos++;
                }
            }
            return Double.parseDouble(src.substring(start, pos));
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }

    // ---- JSON.stringify ----------------------------------------------------------------------------

    /** ECMA-262 JSON Serialization Record, plus the path V8 prints for a cycle. */
    /**
     * How deep stringify nests before a RangeError. V8's limit is its native stack; Node 20 with its
     * default stack overflows at about 4,170 levels, and a fixed bound keeps the simulation deterministic.
     */
    private static final int MAX_NESTING = 4_000;

    private static final class State {
        final Realm realm;
        JsFunction replacer;
        List<String> propertyList;
        String gap = "";
        String indent = "";
        final StringBuilder out = new StringBuilder();
        final List<Object> stackKeys = new ArrayList<>();
        final List<JsObject> stack = new ArrayList<>();
        final Set<JsObject> onStack = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        State(Realm realm) {
            this.realm = realm;
        }
    }

    // ECMA-262 §25.5.2 JSON.stringify
    private static Object stringify(Realm realm, Object value, Object replacer, Object space) {
        State state = new State(realm);
        if (replacer instanceof JsFunction f) {
            state.replacer = f;
        } else if (replacer instanceof JsArray list) {
            Set<String> keys = new LinkedHashSet<>();
            for (long i = 0; i < list.length(); i++) {
                Object v = list.getIndex(i);
                String item = null;
                if (v instanceof String s) {
                    item = s;
                } else if (v instanceof Double d) {
                    item = Values.numberToString(d);
                } else if (v instanceof JsPrimitiveWrapper w
                        && (w.primitive() instanceof String || w.primitive() instanceof Double)) {
                    item = Operations.toString(realm, v);
                }
                if (item != null) {
                    keys.add(item);
                }
            }
            state.propertyList = new ArrayList<>(keys);
        }
        if (space instanceof JsPrimitiveWrapper w && w.primitive() instanceof Double) {
            space = Operations.toNumber(realm, space);
        } else if (space instanceof JsPrimitiveWrapper w && w.primitive() instanceof String) {
            space = Operations.toString(realm, space);
        }
        if (space instanceof Double) {
            int n = (int) Math.min(10, Operations.toIntegerOrInfinity(realm, space));
            state.gap = n >= 1 ? " ".repeat(n) : "";
        } else if (space instanceof String s) {
            state.gap = s.length() <= 10 ? s : s.substring(0, 10);
        }
        JsObject wrapper = realm.newObject();
        wrapper.defineOwn("", value, Property.DEFAULT);
        return serializeJsonProperty(state, "", wrapper) ? state.out.toString() : Undefined.INSTANCE;
    }

    // ECMA-262 §25.5.2.2 SerializeJSONProperty: appends to the output; false for undefined (nothing written).
    private static boolean serializeJsonProperty(State state, Object key, JsObject holder) {
        Realm realm = state.realm;
        Object name = key instanceof IndexKey i ? i.toString() : key;
        Object value = holder.get(name);
        if (value instanceof JsObject || value instanceof java.math.BigInteger) {
            Object toJson = Operations.getV(realm, value, "toJSON");
            if (toJson instanceof JsFunction f) {
                value = f.call(value, new Object[] {name});
            }
        }
        if (state.replacer != null) {
            value = state.replacer.call(holder, new Object[] {name, value});
        }
        if (value instanceof JsPrimitiveWrapper w) {
            switch (w.primitive()) {
                case Double d -> value = Operations.toNumber(realm, value);
                case String s -> value = Operations.toString(realm, value);
                case Boolean b -> value = b;
                case java.math.BigInteger b -> value = b;
                default -> {}
            }
        }
        StringBuilder out = state.out;
        switch (value) {
            case JsNull n -> out.append("null");
            case Boolean b -> out.append(b ? "true" : "false");
            case String s -> quoteJsonString(out, s);
            case Double d -> out.append(Double.isFinite(d) ? Values.numberToString(d) : "null");
            case java.math.BigInteger b -> throw realm.typeError("Do not know how to serialize a BigInt");
            case JsFunction f -> {
                return false;
            }
            case JsArray a -> serializeJsonArray(state, a, key);
            case JsObject o -> serializeJsonObject(state, o, key);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** ECMA-262 §25.5.2.3 QuoteJSONString, with well-formed escapes for lone surrogates. */
    public static void quoteJsonString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void enterCycleCheck(State state, JsObject value, Object key) {
        if (state.onStack.contains(value)) {
            throw state.realm.typeError(circularStructureMessage(state, state.stack.indexOf(value), key));
        }
        if (state.stack.size() >= MAX_NESTING) {
            throw state.realm.rangeError("Maximum call stack size exceeded");
        }
        state.onStack.add(value);
        state.stack.add(value);
        state.stackKeys.add(key);
    }

    private static void leaveCycleCheck(State state) {
        state.onStack.remove(state.stack.remove(state.stack.size() - 1));
        state.stackKeys.remove(state.stackKeys.size() - 1);
    }

    /** V8's JsonStringifier::ConstructCircularStructureErrorMessage: two lines, "...", then the last. */
    private static String circularStructureMessage(State state, int start, Object lastKey) {
        StringBuilder out = new StringBuilder("Converting circular structure to JSON");
        int size = state.stack.size();
        int index = start;
        out.append("\n    --> starting at object with constructor '")
                .append(constructorName(state.stack.get(index++)))
                .append('\'');
        int prefixEnd = Math.min(size, index + 2);
        for (; index < prefixEnd; index++) {
            appendNormalLine(out, state, index);
        }
        if (size > index + 1) {
            out.append("\n    |     ...");
        }
        for (index = Math.max(index, size - 1); index < size; index++) {
            appendNormalLine(out, state, index);
        }
        return out.append("\n    --- ")
                .append(describeKey(lastKey))
                .append(" closes the circle")
                .toString();
    }

    private static void appendNormalLine(StringBuilder out, State state, int index) {
        out.append("\n    |     ")
                .append(describeKey(state.stackKeys.get(index)))
                .append(" -> object with constructor '")
                .append(constructorName(state.stack.get(index)))
                .append('\'');
    }

    private static String describeKey(Object key) {
        if (key instanceof IndexKey i) {
            return "index " + i.index();
        }
        String s = (String) key;
        return s.isEmpty() ? "<anonymous>" : "property '" + s + "'";
    }

    /** V8's JSReceiver::GetConstructorName, for objects scripts build: constructor.name, else the class. */
    private static String constructorName(JsObject o) {
        for (JsObject p = o; p != null; p = p.getPrototypeOf()) {
            Property prop = p.getOwnProperty("constructor");
            if (prop != null) {
                if (!prop.isAccessor()
                        && prop.value() instanceof JsFunction f
                        && !f.debugName().isEmpty()) {
                    // An exotic object reaching Object.prototype's constructor is named by its own class.
                    return f.debugName().equals("Object") ? o.className() : f.debugName();
                }
                break;
            }
        }
        return o.className();
    }

    // ECMA-262 §25.5.2.5 SerializeJSONObject
    private static void serializeJsonObject(State state, JsObject value, Object key) {
        enterCycleCheck(state, value, key);
        String stepback = state.indent;
        state.indent = stepback + state.gap;
        List<?> keys = state.propertyList != null
                ? state.propertyList
                : ObjectBuiltins.enumerableOwnProperties(state.realm, value, "key");
        StringBuilder out = state.out;
        out.append('{');
        boolean empty = true;
        for (Object p : keys) {
            int mark = out.length();
            if (!empty) {
                out.append(',');
            }
            newlineAndIndent(state);
            quoteJsonString(out, (String) p);
            out.append(state.gap.isEmpty() ? ":" : ": ");
            if (serializeJsonProperty(state, p, value)) {
                empty = false;
            } else {
                out.setLength(mark);
            }
        }
        state.indent = stepback;
        if (!empty) {
            newlineAndIndent(state);
        }
        out.append('}');
        leaveCycleCheck(state);
    }

    // ECMA-262 §25.5.2.6 SerializeJSONArray
    private static void serializeJsonArray(State state, JsArray value, Object key) {
        enterCycleCheck(state, value, key);
        String stepback = state.indent;
        state.indent = stepback + state.gap;
        StringBuilder out = state.out;
        out.append('[');
        long length = value.length();
        for (long i = 0; i < length; i++) {
            if (i > 0) {
                out.append(',');
            }
            newlineAndIndent(state);
            if (!serializeJsonProperty(state, new IndexKey(i), value)) {
                out.append("null");
            }
        }
        state.indent = stepback;
        if (length > 0) {
            newlineAndIndent(state);
        }
        out.append(']');
        leaveCycleCheck(state);
    }

    private static void newlineAndIndent(State state) {
        if (!state.gap.isEmpty()) {
            state.out.append('\n').append(state.indent);
        }
    }

    /** An array index as a key: the property key is its string, V8's cycle message says "index N". */
    private record IndexKey(long index) {
        @Override
        public String toString() {
            return Long.toString(index);
        }
    }
}
