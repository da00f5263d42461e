package dev.loopsim.js.builtins;

import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsError;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsMap;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPrimitiveWrapper;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.PropertyKeys;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.js.vm.ModuleNamespace;
import dev.loopsim.js.vm.Operations;
import dev.loopsim.js.vm.Realm;
import dev.loopsim.js.vm.ScriptFunction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Node's {@code util.inspect} and {@code util.format}, as {@code console.log} prints values: the same
 * quoting, depth limits, circular markers and line breaking as Node v20's lib/internal/util/inspect.js,
 * whose functions the methods here are named after.
 */
public final class Inspect {
    private Inspect() {}

    /** The inspect options loopsim honours; {@code depth} of {@link Integer#MAX_VALUE} means unlimited. */
    public record Options(int depth, boolean colors, int compact, int breakLength, boolean showHidden) {
        /** What {@code console.log} uses: depth 2, no colours, compact 3, breakLength 80. */
        public static final Options CONSOLE = new Options(2, false, 3, 80, false);

        public Options withDepth(int newDepth) {
            return new Options(newDepth, colors, compact, breakLength, showHidden);
        }

        public Options withShowHidden(boolean hidden) {
            return new Options(depth, colors, compact, breakLength, hidden);
        }
    }

    private static final int OBJECT_TYPE = 0;
    private static final int ARRAY_TYPE = 1;
    private static final int ARRAY_EXTRAS_TYPE = 2;
    private static final int MAX_ARRAY_LENGTH = 100;
    private static final int MAX_STRING_LENGTH = 10_000;
    private static final int MIN_LINE_LENGTH = 16;
    private static final Pattern KEY_STRING = Pattern.compile("^[a-zA-Z_][a-zA-Z_0-9]*$");
    private static final Pattern NUMBER_KEY = Pattern.compile("^(0|[1-9][0-9]*)$");

    /** One inspection's mutable state: Node's {@code ctx}. */
    private static final class Context {
        final Realm realm;
        int depth;
        final int compact;
        final int breakLength;
        final boolean showHidden;
        int indentationLvl;
        int currentDepth;
        final List<Object> seen = new ArrayList<>();
        Map<Object, Integer> circular;

        Context(Realm realm, Options options) {
            this.realm = realm;
            this.depth = options.depth();
            this.compact = options.compact();
            this.breakLength = options.breakLength();
            this.showHidden = options.showHidden();
        }

        boolean seenContains(Object value) {
            for (Object o : seen) {
                if (o == value) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code util.inspect(value, options)}. */
    public static String inspect(Realm realm, Object value, Options options) {
        return formatValue(new Context(realm, options), value, 0);
    }

    /** {@code util.inspect(value)} with the defaults console.log uses. */
    public static String inspect(Realm realm, Object value) {
        return inspect(realm, value, Options.CONSOLE);
    }

    // ---- formatValue / formatRaw --------------------------------------------------------------------

    private static String formatValue(Context ctx, Object value, int recurseTimes) {
        if (!(value instanceof JsObject object)) {
            if (value == JsNull.INSTANCE) {
                return "null";
            }
            return formatPrimitive(ctx, value);
        }
        if (ctx.seenContains(object)) {
            int index = 1;
            if (ctx.circular == null) {
                ctx.circular = new IdentityHashMap<>();
                ctx.circular.put(object, index);
            } else {
                Integer known = ctx.circular.get(object);
                if (known == null) {
                    index = ctx.circular.size() + 1;
                    ctx.circular.put(object, index);
                } else {
                    index = known;
                }
            }
            return "[Circular *" + index + "]";
        }
        return formatRaw(ctx, object, recurseTimes);
    }

    private enum Formatter {
        NONE,
        ARRAY,
        SET,
        MAP,
        PROMISE,
        NAMESPACE
    }

    private static String formatRaw(Context ctx, JsObject value, int recurseTimes) {
        String constructor = getConstructorName(ctx, value, recurseTimes);
        String tag = "";
        Object tagValue = safeGet(value, JsSymbol.TO_STRING_TAG);
        if (tagValue instanceof String s && !s.isEmpty()) {
            Property own = value.getOwnProperty(JsSymbol.TO_STRING_TAG);
            boolean hideTag = own != null && (ctx.showHidden || own.enumerable());
            tag = hideTag ? "" : s;
        }
        String base = "";
        Formatter formatter = Formatter.NONE;
        String[] braces;
        List<Object> keys;
        int extrasType = OBJECT_TYPE;

        if (value instanceof JsArray array) {
            String prefix = (!"Array".equals(constructor) || !tag.isEmpty())
                    ? getPrefix(constructor, tag, "Array", "(" + array.length() + ")")
                    : "";
            keys = getOwnNonIndexProperties(value, ctx.showHidden);
            braces = new String[] {prefix + "[", "]"};
            if (array.length() == 0 && keys.isEmpty()) {
                return braces[0] + "]";
            }
            extrasType = ARRAY_EXTRAS_TYPE;
            formatter = Formatter.ARRAY;
        } else if (value instanceof JsMap map) {
            boolean isSet = map.isSet();
            String prefix = getPrefix(constructor, tag, isSet ? "Set" : "Map", "(" + map.size() + ")");
            keys = getKeys(value, ctx.showHidden);
            formatter = isSet ? Formatter.SET : Formatter.MAP;
            if (map.size() == 0 && keys.isEmpty()) {
                return prefix + "{}";
            }
            braces = new String[] {prefix + "{", "}"};
        } else if (value instanceof ModuleNamespace) {
            // util.inspect: isModuleNamespaceObject; the exports come from formatNamespaceObject
            keys = List.of();
            braces = new String[] {getPrefix(constructor, tag, "Module", "") + "{", "}"};
            formatter = Formatter.NAMESPACE;
        } else {
            keys = getKeys(value, ctx.showHidden);
            braces = new String[] {"{", "}"};
            if (value instanceof JsFunction fn) {
                base = getFunctionBase(ctx, fn, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if ("Object".equals(constructor)) {
                if ("Arguments".equals(value.className())) {
                    braces[0] = "[Arguments] {";
                } else if (!tag.isEmpty()) {
                    braces[0] = getPrefix(constructor, tag, "Object", "") + "{";
                }
                if (keys.isEmpty()) {
                    return braces[0] + "}";
                }
            } else if ("RegExp".equals(value.className())) {
                base = regExpToString(ctx, value);
                String prefix = getPrefix(constructor, tag, "RegExp", "");
                if (!prefix.equals("RegExp ")) {
                    base = prefix + base;
                }
                if (keys.isEmpty() || recurseTimes > ctx.depth) {
                    return base;
                }
            } else if ("Date".equals(value.className())) {
                base = dateToString(ctx, value);
                String prefix = getPrefix(constructor, tag, "Date", "");
                if (!prefix.equals("Date ")) {
                    base = prefix + base;
                }
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (isError(ctx, value)) {
                base = formatError(ctx, value, constructor, tag, keys);
                if (keys.isEmpty()) {
                    return base;
                }
            } else if (value instanceof JsPromise) {
                braces[0] = getPrefix(constructor, tag, "Promise", "") + "{";
                formatter = Formatter.PROMISE;
            } else if (value instanceof JsPrimitiveWrapper wrapper) {
                base = getBoxedBase(ctx, wrapper, keys, constructor, tag);
                if (keys.isEmpty()) {
                    return base;
                }
            } else {
                if (keys.isEmpty()) {
                    return getCtxStyle(value, constructor, tag) + "{}";
                }
                braces[0] = getCtxStyle(value, constructor, tag) + "{";
            }
        }

        if (recurseTimes > ctx.depth) {
            String name = getCtxStyle(value, constructor, tag);
            name = name.substring(0, name.length() - 1);
            return constructor != null ? "[" + name + "]" : name;
        }
        recurseTimes++;
        ctx.seen.add(value);
        ctx.currentDepth = recurseTimes;
        List<String> output =
                switch (formatter) {
                    case ARRAY -> formatArray(ctx, (JsArray) value, recurseTimes);
                    case SET -> formatSet(ctx, (JsMap) value, recurseTimes);
                    case MAP -> formatMap(ctx, (JsMap) value, recurseTimes);
                    case PROMISE -> formatPromise(ctx, (JsPromise) value, recurseTimes);
                    case NAMESPACE -> formatNamespaceObject(ctx, (ModuleNamespace) value, recurseTimes);
                    case NONE -> new ArrayList<>();
                };
        for (Object key : keys) {
            output.add(formatProperty(ctx, value, recurseTimes, key, extrasType));
        }
        if (ctx.circular != null) {
            Integer index = ctx.circular.get(value);
            if (index != null) {
                String reference = "<ref *" + index + ">";
                base = base.isEmpty() ? reference : reference + " " + base;
            }
        }
        ctx.seen.remove(ctx.seen.size() - 1);
        return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    }

    /** util.inspect formatNamespaceObject: an export still in its dead zone shows as {@code <uninitialized>}. */
    private static List<String> formatNamespaceObject(Context ctx, ModuleNamespace value, int recurseTimes) {
        List<String> output = new ArrayList<>();
        for (String name : value.exportNames()) {
            if (value.peek(name) == null) {
                output.add((KEY_STRING.matcher(name).matches() ? name : strEscape(name)) + ": <uninitialized>");
            } else {
                output.add(formatProperty(ctx, value, recurseTimes, name, OBJECT_TYPE));
            }
        }
        return output;
    }

    private static Object safeGet(JsObject value, Object key) {
        try {
            return value.get(key);
        } catch (JsThrow e) {
            return Undefined.INSTANCE;
        }
    }

    // ---- constructor names and prefixes -------------------------------------------------------------

    private static String getConstructorName(Context ctx, JsObject obj, int recurseTimes) {
        JsObject firstProto = null;
        boolean firstProtoSet = false;
        for (JsObject o = obj; o != null; ) {
            Property descriptor = o.getOwnProperty("constructor");
            if (descriptor != null
                    && !descriptor.isAccessor()
                    && descriptor.value() instanceof JsFunction fn
                    && !functionName(fn).isEmpty()
                    && isInstanceof(obj, fn)) {
                return functionName(fn);
            }
            o = o.getPrototypeOf();
            if (!firstProtoSet) {
                firstProto = o;
                firstProtoSet = true;
            }
        }
        if (firstProto == null) {
            return null;
        }
        String res = obj.className();
        if (recurseTimes > ctx.depth) {
            return res + " <Complex prototype>";
        }
        String protoConstructor = getConstructorName(ctx, firstProto, recurseTimes + 1);
        if (protoConstructor == null) {
            Context inner =
                    new Context(ctx.realm, new Options(-1, false, ctx.compact, ctx.breakLength, ctx.showHidden));
            return res + " <" + formatValue(inner, firstProto, 0) + ">";
        }
        return res + " <" + protoConstructor + ">";
    }

    private static boolean isInstanceof(JsObject object, JsFunction constructor) {
        Object proto;
        try {
            proto = constructor.get("prototype");
        } catch (JsThrow e) {
            return false;
        }
        if (!(proto instanceof JsObject p)) {
            return false;
        }
        for (JsObject o = object.getPrototypeOf(); o != null; o = o.getPrototypeOf()) {
            if (o == p) {
                return true;
            }
        }
        return false;
    }

    private static String functionName(JsFunction fn) {
        Object name = safeGet(fn, "name");
        return name instanceof String s ? s : name == Undefined.INSTANCE ? "" : Operations.toDisplay(name);
    }

    private static String getPrefix(String constructor, String tag, String fallback, String size) {
        if (constructor == null) {
            if (!tag.isEmpty() && !fallback.equals(tag)) {
                return "[" + fallback + size + ": null prototype] [" + tag + "] ";
            }
            return "[" + fallback + size + ": null prototype] ";
        }
        if (!tag.isEmpty() && !constructor.equals(tag)) {
            return constructor + size + " [" + tag + "] ";
        }
        return constructor + size + " ";
    }

    private static String getCtxStyle(JsObject value, String constructor, String tag) {
        String fallback = "";
        if (constructor == null) {
            fallback = value.className();
            if (fallback.equals(tag)) {
                fallback = "Object";
            }
        }
        return getPrefix(constructor, tag, fallback, "");
    }

    // ---- keys ---------------------------------------------------------------------------------------

    /** Own enumerable string keys then enumerable symbols; with showHidden, all own keys. */
    private static List<Object> getKeys(JsObject value, boolean showHidden) {
        List<Object> keys = new ArrayList<>();
        List<Object> symbols = new ArrayList<>();
        for (Object key : value.ownPropertyKeys()) {
            Property p = value.getOwnProperty(key);
            if (p == null || (!showHidden && !p.enumerable())) {
                continue;
            }
            (key instanceof JsSymbol ? symbols : keys).add(key);
        }
        keys.addAll(symbols);
        return keys;
    }

    private static List<Object> getOwnNonIndexProperties(JsObject value, boolean showHidden) {
        List<Object> keys = new ArrayList<>();
        for (Object key : value.ownPropertyKeys()) {
            if (PropertyKeys.arrayIndex(key) >= 0) {
                continue;
            }
            Property p = value.getOwnProperty(key);
            if (p != null && (showHidden || p.enumerable())) {
                keys.add(key);
            }
        }
        return keys;
    }

    // ---- functions, boxed primitives, regexps, dates ------------------------------------------------

    private static String getFunctionBase(Context ctx, JsFunction value, String constructor, String tag) {
        if (value instanceof ScriptFunction sf && sf.isClassConstructor()) {
            return getClassBase(value, constructor, tag);
        }
        String type = "Function";
        if (value instanceof ScriptFunction sf) {
            if (sf.isGenerator()) {
                type = "Generator" + type;
            }
            if (sf.isAsync()) {
                type = "Async" + type;
            }
            // loopsim has no %AsyncFunction%/%GeneratorFunction% constructors yet: their functions
            // inherit "Function" as the constructor name, where V8's name matches the type.
            if ("Function".equals(constructor)) {
                constructor = type;
            }
        }
        StringBuilder base = new StringBuilder("[").append(type);
        if (constructor == null) {
            base.append(" (null prototype)");
        }
        Object name = safeGet(value, "name");
        if ("".equals(name)) {
            base.append(" (anonymous)");
        } else {
            base.append(": ").append(name instanceof String s ? s : formatValue(ctx, name, 0));
        }
        base.append(']');
        if (constructor != null && !constructor.equals(type)) {
            base.append(' ').append(constructor);
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        return base.toString();
    }

    private static String getClassBase(JsFunction value, String constructor, String tag) {
        Property own = value.getOwnProperty("name");
        Object nameValue = own != null ? safeGet(value, "name") : Undefined.INSTANCE;
        String name = Values.toBoolean(nameValue) ? Operations.toDisplay(nameValue) : "(anonymous)";
        if (nameValue instanceof String s && !s.isEmpty()) {
            name = s;
        }
        StringBuilder base = new StringBuilder("class ").append(name);
        if (constructor != null && !"Function".equals(constructor)) {
            base.append(" [").append(constructor).append(']');
        }
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        if (constructor != null) {
            JsObject parent = value.getPrototypeOf();
            Object superName = parent == null ? Undefined.INSTANCE : safeGet(parent, "name");
            if (Values.toBoolean(superName)) {
                base.append(" extends ").append(superName instanceof String s ? s : Operations.toDisplay(superName));
            }
        } else {
            base.append(" extends [null prototype]");
        }
        return "[" + base + "]";
    }

    private static String getBoxedBase(
            Context ctx, JsPrimitiveWrapper value, List<Object> keys, String constructor, String tag) {
        Object primitive = value.primitive();
        String type = value.className();
        if (primitive instanceof String s) {
            keys.subList(0, Math.min(s.length(), keys.size())).clear();
        }
        StringBuilder base = new StringBuilder("[").append(type);
        if (!type.equals(constructor)) {
            base.append(constructor == null ? " (null prototype)" : " (" + constructor + ")");
        }
        base.append(": ")
                .append(formatPrimitive(new Context(ctx.realm, new Options(2, false, 3, 80, false)), primitive));
        base.append(']');
        if (!tag.isEmpty() && !tag.equals(constructor)) {
            base.append(" [").append(tag).append(']');
        }
        return base.toString();
    }

    private static String regExpToString(Context ctx, JsObject value) {
        return "/" + Operations.toString(ctx.realm, safeGet(value, "source")) + "/"
                + Operations.toString(ctx.realm, safeGet(value, "flags"));
    }

    private static String dateToString(Context ctx, JsObject value) {
        Object method = safeGet(value, "toISOString");
        try {
            if (Values.isCallable(method)) {
                return Operations.toString(ctx.realm, ((JsFunction) method).call(value, new Object[0]));
            }
        } catch (JsThrow e) {
            // An invalid date throws from toISOString; Node prints Date.prototype.toString's "Invalid Date".
        }
        return "Invalid Date";
    }

    // ---- errors -------------------------------------------------------------------------------------

    private static boolean isError(Context ctx, JsObject value) {
        if (value instanceof JsError) {
            return true;
        }
        for (JsObject o = value.getPrototypeOf(); o != null; o = o.getPrototypeOf()) {
            if (o == ctx.realm.errorPrototype) {
                return true;
            }
        }
        return false;
    }

    private static String getStackString(Context ctx, JsObject error) {
        Object stack = safeGet(error, "stack");
        if (Values.toBoolean(stack)) {
            return stack instanceof String s ? s : formatValue(ctx, stack, 0);
        }
        return errorToString(ctx, error);
    }

    /** ECMA-262 §20.5.3.4 Error.prototype.toString, without looking the method up. */
    private static String errorToString(Context ctx, JsObject error) {
        Object name = safeGet(error, "name");
        Object message = safeGet(error, "message");
        String nameText = name == Undefined.INSTANCE ? "Error" : Operations.toString(ctx.realm, name);
        String messageText = message == Undefined.INSTANCE ? "" : Operations.toString(ctx.realm, message);
        if (nameText.isEmpty()) {
            return messageText;
        }
        return messageText.isEmpty() ? nameText : nameText + ": " + messageText;
    }

    private static String formatError(Context ctx, JsObject err, String constructor, String tag, List<Object> keys) {
        Object nameValue = safeGet(err, "name");
        Object name = Values.isNullish(nameValue) ? "Error" : nameValue;
        String stack = getStackString(ctx, err);
        removeDuplicateErrorKeys(ctx, keys, err, stack);
        if (err.hasProperty("cause") && !keys.contains("cause")) {
            keys.add("cause");
        }
        if (safeGet(err, "errors") instanceof JsArray && !keys.contains("errors")) {
            keys.add("errors");
        }
        stack = improveStack(ctx, stack, constructor, name, tag);

        Object message = safeGet(err, "message");
        int pos = -1;
        if (Values.toBoolean(message)) {
            String text = Operations.toString(ctx.realm, message);
            int found = stack.indexOf(text);
            pos = found == 0 ? -1 : found;
            if (pos != -1) {
                pos += text.length();
            }
        }
        int stackStart = stack.indexOf("\n    at", Math.max(pos, 0));
        if (pos == -1) {
            stackStart = stack.indexOf("\n    at");
        }
        if (stackStart == -1) {
            stack = "[" + stack + "]";
        }
        if (ctx.indentationLvl != 0) {
            stack = stack.replace("\n", "\n" + " ".repeat(ctx.indentationLvl));
        }
        return stack;
    }

    private static void removeDuplicateErrorKeys(Context ctx, List<Object> keys, JsObject err, String stack) {
        if (ctx.showHidden || keys.isEmpty()) {
            return;
        }
        for (String name : new String[] {"name", "message", "stack"}) {
            int index = keys.indexOf(name);
            if (index != -1) {
                Object v = safeGet(err, name);
                if (!(v instanceof String s) || stack.contains(s)) {
                    keys.remove(index);
                }
            }
        }
    }

    private static final Pattern NULL_PROTO_ERROR_START =
            Pattern.compile("^([A-Z][a-z_ A-Z0-9\\[\\]()-]+)(?::|\\n {4}at)");
    private static final Pattern NULL_PROTO_ERROR_ONLY = Pattern.compile("^([a-z_A-Z0-9-]*Error)$");

    private static String improveStack(Context ctx, String stack, String constructor, Object nameValue, String tag) {
        String name = nameValue instanceof String s ? s : Operations.toString(ctx.realm, nameValue);
        int len = name.length();
        if (!(nameValue instanceof String)) {
            String prefix = getPrefix(constructor, tag, "Error", "");
            stack = stack.replaceFirst(
                    Pattern.quote(name),
                    java.util.regex.Matcher.quoteReplacement(
                            name + " [" + prefix.substring(0, prefix.length() - 1) + "]"));
        }
        if (constructor == null
                || (name.endsWith("Error")
                        && stack.startsWith(name)
                        && (stack.length() == len || stack.charAt(len) == ':' || stack.charAt(len) == '\n'))) {
            String fallback = "Error";
            if (constructor == null) {
                var m = NULL_PROTO_ERROR_START.matcher(stack);
                var m2 = NULL_PROTO_ERROR_ONLY.matcher(stack);
                String start = m.find() ? m.group(1) : m2.find() ? m2.group(1) : "";
                len = start.length();
                fallback = start.isEmpty() ? "Error" : start;
            }
            String prefix = getPrefix(constructor, tag, fallback, "");
            prefix = prefix.substring(0, prefix.length() - 1);
            if (!name.equals(prefix)) {
                if (prefix.contains(name)) {
                    stack = len == 0 ? prefix + ": " + stack : prefix + stack.substring(len);
                } else {
                    stack = prefix + " [" + name + "]" + stack.substring(len);
                }
            }
        }
        return stack;
    }

    // ---- entries of arrays, sets, maps, promises ----------------------------------------------------

    private static List<String> formatArray(Context ctx, JsArray value, int recurseTimes) {
        long valLen = value.length();
        int len = (int) Math.min(MAX_ARRAY_LENGTH, valLen);
        long remaining = valLen - len;
        List<String> output = new ArrayList<>();
        for (int i = 0; i < len; i++) {
            if (value.getOwnProperty(PropertyKeys.indexKey(i)) == null) {
                return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
            }
            output.add(formatProperty(ctx, value, recurseTimes, PropertyKeys.indexKey(i), ARRAY_TYPE));
        }
        if (remaining > 0) {
            output.add(remainingText(remaining));
        }
        return output;
    }

    private static List<String> formatSpecialArray(
            Context ctx, JsArray value, int recurseTimes, int maxLength, List<String> output, int i) {
        List<Object> keys = new ArrayList<>();
        for (Object key : value.ownPropertyKeys()) {
            Property p = value.getOwnProperty(key);
            if (key instanceof String && p != null && p.enumerable()) {
                keys.add(key);
            }
        }
        long index = i;
        for (; i < keys.size() && output.size() < maxLength; i++) {
            String key = (String) keys.get(i);
            long tmp = PropertyKeys.arrayIndex(key);
            if (tmp < 0) {
                break;
            }
            if (!Long.toString(index).equals(key)) {
                if (!NUMBER_KEY.matcher(key).matches()) {
                    break;
                }
                long emptyItems = tmp - index;
                output.add("<" + emptyItems + " empty item" + (emptyItems > 1 ? "s" : "") + ">");
                index = tmp;
                if (output.size() == maxLength) {
                    break;
                }
            }
            output.add(formatProperty(ctx, value, recurseTimes, key, ARRAY_TYPE));
            index++;
        }
        long remaining = value.length() - index;
        if (output.size() != maxLength) {
            if (remaining > 0) {
                output.add("<" + remaining + " empty item" + (remaining > 1 ? "s" : "") + ">");
            }
        } else if (remaining > 0) {
            output.add(remainingText(remaining));
        }
        return output;
    }

    private static String remainingText(long remaining) {
        return "... " + remaining + " more item" + (remaining > 1 ? "s" : "");
    }

    private static List<String> formatSet(Context ctx, JsMap value, int recurseTimes) {
        return formatEntries(ctx, value, slot -> formatValue(ctx, value.keyAt(slot), recurseTimes));
    }

    private static List<String> formatMap(Context ctx, JsMap value, int recurseTimes) {
        return formatEntries(
                ctx,
                value,
                slot -> formatValue(ctx, value.keyAt(slot), recurseTimes) + " => "
                        + formatValue(ctx, value.valueAt(slot), recurseTimes));
    }

    /** Node's formatSet/formatMap: the first MAX_ARRAY_LENGTH live entries, then "... n more items". */
    private static List<String> formatEntries(Context ctx, JsMap value, IntFunction<String> entry) {
        int length = value.size();
        int maxLength = Math.min(MAX_ARRAY_LENGTH, length);
        List<String> output = new ArrayList<>();
        ctx.indentationLvl += 2;
        int i = 0;
        for (int slot = 0; slot < value.slots() && i < maxLength; slot++) {
            if (value.isLive(slot)) {
                output.add(entry.apply(slot));
                i++;
            }
        }
        if (length - maxLength > 0) {
            output.add(remainingText(length - maxLength));
        }
        ctx.indentationLvl -= 2;
        return output;
    }

    private static List<String> formatPromise(Context ctx, JsPromise value, int recurseTimes) {
        List<String> output = new ArrayList<>();
        if (value.state == JsPromise.State.PENDING) {
            output.add("<pending>");
        } else {
            ctx.indentationLvl += 2;
            String str = formatValue(ctx, value.result, recurseTimes);
            ctx.indentationLvl -= 2;
            output.add(value.state == JsPromise.State.REJECTED ? "<rejected> " + str : str);
        }
        return output;
    }

    // ---- properties ---------------------------------------------------------------------------------

    private static String formatProperty(Context ctx, JsObject value, int recurseTimes, Object key, int type) {
        Property desc = value.getOwnProperty(key);
        Object descValue;
        boolean enumerable = true;
        JsFunction getter = null;
        JsFunction setter = null;
        if (desc == null) {
            descValue = safeGet(value, key);
        } else if (desc.isAccessor()) {
            descValue = Undefined.INSTANCE;
            getter = desc.getter();
            setter = desc.setter();
            enumerable = desc.enumerable();
        } else {
            descValue = desc.value();
            enumerable = desc.enumerable();
        }
        String str;
        if (descValue != Undefined.INSTANCE) {
            ctx.indentationLvl += 2;
            str = formatValue(ctx, descValue, recurseTimes);
            ctx.indentationLvl -= 2;
        } else if (getter != null) {
            str = setter != null ? "[Getter/Setter]" : "[Getter]";
        } else if (setter != null) {
            str = "[Setter]";
        } else {
            str = "undefined";
        }
        if (type == ARRAY_TYPE) {
            return str;
        }
        String name;
        if (key instanceof JsSymbol symbol) {
            name = "[" + escapeAll(symbol.toString()) + "]";
        } else if ("__proto__".equals(key)) {
            name = "['__proto__']";
        } else if (!enumerable) {
            name = "[" + escapeAll((String) key) + "]";
        } else if (KEY_STRING.matcher((String) key).matches()) {
            name = (String) key;
        } else {
            name = strEscape((String) key);
        }
        return name + ": " + str;
    }

    // ---- line breaking ------------------------------------------------------------------------------

    private static boolean isBelowBreakLength(Context ctx, List<String> output, int start, String base) {
        int totalLength = output.size() + start;
        if (totalLength + output.size() > ctx.breakLength) {
            return false;
        }
        for (String entry : output) {
            totalLength += entry.length();
            if (totalLength > ctx.breakLength) {
                return false;
            }
        }
        return base.isEmpty() || !base.contains("\n");
    }

    private static String reduceToSingleString(
            Context ctx,
            List<String> output,
            String base,
            String[] braces,
            int extrasType,
            int recurseTimes,
            JsObject value) {
        if (ctx.compact >= 1) {
            int entries = output.size();
            if (extrasType == ARRAY_EXTRAS_TYPE && entries > 6) {
                output = groupArrayElements(ctx, output, value instanceof JsArray a ? a : null);
            }
            if (ctx.currentDepth - recurseTimes < ctx.compact && entries == output.size()) {
                int start = output.size() + ctx.indentationLvl + braces[0].length() + base.length() + 10;
                if (isBelowBreakLength(ctx, output, start, base)) {
                    String joined = String.join(", ", output);
                    if (!joined.contains("\n")) {
                        return (base.isEmpty() ? "" : base + " ") + braces[0] + " " + joined + " " + braces[1];
                    }
                }
            }
        }
        String indentation = "\n" + " ".repeat(ctx.indentationLvl);
        return (base.isEmpty() ? "" : base + " ") + braces[0] + indentation + "  "
                + String.join("," + indentation + "  ", output) + indentation + braces[1];
    }

    private static List<String> groupArrayElements(Context ctx, List<String> output, JsArray value) {
        int totalLength = 0;
        int maxLength = 0;
        int outputLength = output.size();
        if (MAX_ARRAY_LENGTH < output.size()) {
            // The "... n more items" entry does not take part in the grouping.
            outputLength--;
        }
        int separatorSpace = 2;
        int[] dataLen = new int[outputLength];
        for (int i = 0; i < outputLength; i++) {
            int len = getStringWidth(output.get(i));
            dataLen[i] = len;
            totalLength += len + separatorSpace;
            if (maxLength < len) {
                maxLength = len;
            }
        }
        int actualMax = maxLength + separatorSpace;
        if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength
                && ((double) totalLength / actualMax > 5 || maxLength <= 6)) {
            double approxCharHeights = 2.5;
            double averageBias = Math.sqrt(actualMax - (double) totalLength / output.size());
            double biasedMax = Math.max(actualMax - 3 - averageBias, 1);
            int columns = (int) Math.min(
                    Math.min(
                            jsRound(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
                            Math.floor((ctx.breakLength - ctx.indentationLvl) / (double) actualMax)),
                    Math.min(ctx.compact * 4, 15));
            if (columns <= 1) {
                return output;
            }
            List<String> tmp = new ArrayList<>();
            int[] maxLineLength = new int[columns];
            for (int i = 0; i < columns; i++) {
                int lineMaxLength = 0;
                for (int j = i; j < output.size(); j += columns) {
                    if (j < outputLength && dataLen[j] > lineMaxLength) {
                        lineMaxLength = dataLen[j];
                    }
                }
                maxLineLength[i] = lineMaxLength + separatorSpace;
            }
            boolean padStart = value != null;
            if (value != null) {
                for (int i = 0; i < output.size(); i++) {
                    if (!(value.getIndex(i) instanceof Double || value.getIndex(i) instanceof BigInteger)) {
                        padStart = false;
                        break;
                    }
                }
            }
            for (int i = 0; i < outputLength; i += columns) {
                int max = Math.min(i + columns, outputLength);
                StringBuilder str = new StringBuilder();
                int j = i;
                for (; j < max - 1; j++) {
                    int padding = maxLineLength[j - i] + output.get(j).length() - dataLen[j];
                    String cell = output.get(j) + ", ";
                    str.append(padStart ? padStart(cell, padding) : padEnd(cell, padding));
                }
                if (padStart) {
                    int padding = maxLineLength[j - i] + output.get(j).length() - dataLen[j] - separatorSpace;
                    str.append(padStart(output.get(j), padding));
                } else {
                    str.append(output.get(j));
                }
                tmp.add(str.toString());
            }
            if (outputLength < output.size()) {
                tmp.add(output.get(outputLength));
            }
            output = tmp;
        }
        return output;
    }

    /** JavaScript's Math.round: halves round up, towards +Infinity. */
    private static double jsRound(double x) {
        return Math.floor(x + 0.5);
    }

    private static String padStart(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String padEnd(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /** Columns a string takes in a terminal: wide East Asian characters count two, controls none. */
    static int getStringWidth(String str) {
        int width = 0;
        for (int i = 0; i < str.length(); ) {
            int code = str.codePointAt(i);
            i += Character.charCount(code);
            if (isFullWidthCodePoint(code)) {
                width += 2;
            } else if (!isZeroWidthCodePoint(code)) {
                width++;
            }
        }
        return width;
    }

    private static boolean isZeroWidthCodePoint(int code) {
        return code <= 0x1F
                || (code >= 0x7F && code <= 0x9F)
                || (code >= 0x300 && code <= 0x36F)
                || (code >= 0x200B && code <= 0x200F)
                || (code >= 0x20D0 && code <= 0x20FF)
                || (code >= 0xFE00 && code <= 0xFE0F)
                || (code >= 0xFE20 && code <= 0xFE2F)
                || (code >= 0xE0100 && code <= 0xE01EF);
    }

    private static boolean isFullWidthCodePoint(int code) {
        return code >= 0x1100
                && (code <= 0x115f
                        || code == 0x2329
                        || code == 0x232a
                        || (code >= 0x2e80 && code <= 0x3247 && code != 0x303f)
                        || (code >= 0x3250 && code <= 0x4dbf)
                        || (code >= 0x4e00 && code <= 0xa4c6)
                        || (code >= 0xa960 && code <= 0xa97c)
                        || (code >= 0xac00 && code <= 0xd7a3)
                        || (code >= 0xf900 && code <= 0xfaff)
                        || (code >= 0xfe10 && code <= 0xfe19)
                        || (code >= 0xfe30 && code <= 0xfe6b)
                        || (code >= 0xff01 && code <= 0xff60)
                        || (code >= 0xffe0 && code <= 0xffe6)
                        || (code >= 0x1b000 && code <= 0x1b001)
                        || (code >= 0x1f200 && code <= 0x1f251)
                        || (code >= 0x1f300 && code <= 0x1f64f)
                        || (code >= 0x20000 && code <= 0x3fffd));
    }

    // ---- primitives ---------------------------------------------------------------------------------

    private static String formatPrimitive(Context ctx, Object value) {
        if (value instanceof String s) {
            String trailer = "";
            if (s.length() > MAX_STRING_LENGTH) {
                int remaining = s.length() - MAX_STRING_LENGTH;
                s = s.substring(0, MAX_STRING_LENGTH);
                trailer = "... " + remaining + " more character" + (remaining > 1 ? "s" : "");
            }
            if (s.length() > MIN_LINE_LENGTH && s.length() > ctx.breakLength - ctx.indentationLvl - 4) {
                List<String> parts = new ArrayList<>();
                int start = 0;
                for (int i = 0; i < s.length(); i++) {
                    if (s.charAt(i) == '\n') {
                        parts.add(strEscape(s.substring(start, i + 1)));
                        start = i + 1;
                    }
                }
                if (start < s.length() || parts.isEmpty()) {
                    parts.add(strEscape(s.substring(start)));
                }
                return String.join(" +\n" + " ".repeat(ctx.indentationLvl + 2), parts) + trailer;
            }
            return strEscape(s) + trailer;
        }
        if (value instanceof Double d) {
            return formatNumber(d);
        }
        if (value instanceof BigInteger b) {
            return formatBigInt(b);
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value == Undefined.INSTANCE) {
            return "undefined";
        }
        if (value instanceof JsSymbol symbol) {
            return symbol.toString();
        }
        return String.valueOf(value);
    }

    /** Node's formatBigInt: the digits and the {@code n} suffix. */
    static String formatBigInt(BigInteger b) {
        return b + "n";
    }

    static String formatNumber(double d) {
        if (d == 0 && 1 / d < 0) {
            return "-0";
        }
        return Values.numberToString(d);
    }

    /** Node's escape for one UTF-16 unit: the meta table, or \\uXXXX for lone surrogates. */
    private static String meta(char c) {
        return switch (c) {
            case '\b' -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\f' -> "\\f";
            case '\r' -> "\\r";
            case '\'' -> "\\'";
            case '\\' -> "\\\\";
            default ->
                c < 0x20 || (c >= 0x7f && c <= 0x9f)
                        ? String.format("\\x%02X", (int) c)
                        : "\\u" + Integer.toHexString(c);
        };
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }

    /** Escapes every character Node's strEscapeSequencesReplacer matches, quotes included; no quoting. */
    private static String escapeAll(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '\'' || c == '\\' || (c >= 0x7f && c <= 0x9f) || isLoneSurrogate(s, i)) {
                out.append(meta(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Node's strEscape: single quotes unless the string has some, then double quotes or backticks. */
    static String strEscape(String str) {
        char quote = '\'';
        if (str.indexOf('\'') >= 0) {
            if (str.indexOf('"') < 0) {
                quote = '"';
            } else if (str.indexOf('`') < 0 && !str.contains("${")) {
                quote = '`';
            }
        }
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            if ((c == '\'' && quote == '\'')
                    || c == '\\'
                    || c < 0x20
                    || (c >= 0x7f && c <= 0x9f)
                    || isLoneSurrogate(str, i)) {
                out.append(meta(c));
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }

    // ---- util.format --------------------------------------------------------------------------------

    /** {@code util.format(...args)}: printf-style placeholders, then the rest inspected and joined. */
    public static String format(Realm realm, Object[] args) {
        return formatWithOptions(realm, Options.CONSOLE, args);
    }

    public static String formatWithOptions(Realm realm, Options options, Object[] args) {
        if (args.length == 0) {
            return "";
        }
        Object first = args[0];
        int a = 0;
        StringBuilder str = new StringBuilder();
        String join = "";
        if (first instanceof String text) {
            if (args.length == 1) {
                return text;
            }
            int lastPos = 0;
            for (int i = 0; i < text.length() - 1; i++) {
                if (text.charAt(i) != '%') {
                    continue;
                }
                char next = text.charAt(++i);
                if (a + 1 != args.length) {
                    String temp;
                    switch (next) {
                        case 's' -> {
                            Object arg = args[++a];
                            if (arg instanceof Double d) {
                                temp = formatNumber(d);
                            } else if (arg instanceof BigInteger b) {
                                temp = formatBigInt(b);
                            } else if (!(arg instanceof JsObject o)
                                    || o instanceof JsFunction
                                    || !hasBuiltInToString(realm, o)) {
                                temp = Operations.toString(realm, arg instanceof JsSymbol s ? s.toString() : arg);
                            } else {
                                temp = inspect(realm, arg, options.withDepth(0));
                            }
                        }
                        case 'j' -> temp = tryStringify(realm, args[++a]);
                        case 'd' -> {
                            Object arg = args[++a];
                            temp = arg instanceof BigInteger b
                                    ? formatBigInt(b)
                                    : arg instanceof JsSymbol
                                            ? "NaN"
                                            : formatNumber(NumberBuiltins.numberValue(realm, arg));
                        }
                        case 'O' -> temp = inspect(realm, args[++a], options);
                        case 'o' ->
                            temp = inspect(
                                    realm, args[++a], options.withDepth(4).withShowHidden(true));
                        case 'i' -> {
                            Object arg = args[++a];
                            temp = arg instanceof BigInteger b
                                    ? formatBigInt(b)
                                    : arg instanceof JsSymbol
                                            ? "NaN"
                                            : formatNumber(parseInt(Operations.toString(realm, arg)));
                        }
                        case 'f' -> {
                            Object arg = args[++a];
                            temp = arg instanceof JsSymbol
                                    ? "NaN"
                                    : formatNumber(parseFloat(Operations.toString(realm, arg)));
                        }
                        case 'c' -> {
                            a++;
                            temp = "";
                        }
                        case '%' -> {
                            str.append(text, lastPos, i);
                            lastPos = i + 1;
                            continue;
                        }
                        default -> {
                            continue;
                        }
                    }
                    if (lastPos != i - 1) {
                        str.append(text, lastPos, i - 1);
                    }
                    str.append(temp);
                    lastPos = i + 1;
                } else if (next == '%') {
                    str.append(text, lastPos, i);
                    lastPos = i + 1;
                }
            }
            if (lastPos != 0) {
                a++;
                join = " ";
                if (lastPos < text.length()) {
                    str.append(text, lastPos, text.length());
                }
            }
        }
        while (a < args.length) {
            Object value = args[a];
            str.append(join);
            str.append(value instanceof String s ? s : inspect(realm, value, options));
            join = " ";
            a++;
        }
        return str.toString();
    }

    /** Whether %s should inspect an object: its toString is the one a built-in prototype provides. */
    private static boolean hasBuiltInToString(Realm realm, JsObject value) {
        Object toString = safeGet(value, "toString");
        Object toPrimitive = safeGet(value, JsSymbol.TO_PRIMITIVE);
        boolean lookForToString = true;
        boolean lookForToPrimitive = true;
        if (!Values.isCallable(toString)) {
            if (!Values.isCallable(toPrimitive)) {
                return true;
            } else if (value.hasOwnProperty(JsSymbol.TO_PRIMITIVE)) {
                return false;
            }
            lookForToString = false;
        } else if (value.hasOwnProperty("toString")) {
            return false;
        } else if (!Values.isCallable(toPrimitive)) {
            lookForToPrimitive = false;
        } else if (value.hasOwnProperty(JsSymbol.TO_PRIMITIVE)) {
            return false;
        }
        JsObject pointer = value;
        do {
            pointer = pointer.getPrototypeOf();
        } while (pointer != null
                && !(lookForToString && pointer.hasOwnProperty("toString"))
                && !(lookForToPrimitive && pointer.hasOwnProperty(JsSymbol.TO_PRIMITIVE)));
        if (pointer == null) {
            return true;
        }
        Property descriptor = pointer.getOwnProperty("constructor");
        return descriptor != null
                && !descriptor.isAccessor()
                && descriptor.value() instanceof JsFunction fn
                && builtInObjects(realm).contains(functionName(fn));
    }

    private static final Pattern BUILT_IN_NAME = Pattern.compile("^[A-Z][a-zA-Z0-9]+$");

    private static Set<String> builtInObjects(Realm realm) {
        Set<String> names = new HashSet<>();
        for (Object key : realm.globalObject.ownPropertyKeys()) {
            if (key instanceof String s && BUILT_IN_NAME.matcher(s).matches()) {
                names.add(s);
            }
        }
        return names;
    }

    private static String tryStringify(Realm realm, Object value) {
        Object json = safeGet(realm.globalObject, "JSON");
        Object stringify = json instanceof JsObject j ? safeGet(j, "stringify") : Undefined.INSTANCE;
        if (!Values.isCallable(stringify)) {
            throw realm.typeError("JSON.stringify is not available");
        }
        try {
            Object result = ((JsFunction) stringify).call(json, new Object[] {value});
            return result == Undefined.INSTANCE ? "undefined" : Operations.toString(realm, result);
        } catch (JsThrow e) {
            if (e.value() instanceof JsObject error
                    && safeGet(error, "message") instanceof String message
                    && message.startsWith("Converting circular structure to JSON")) {
                return "[Circular]";
            }
            throw e;
        }
    }

    /** ECMA-262 §19.2.5 parseInt(string) with radix 10 or a 0x prefix. */
    private static double parseInt(String input) {
        String s = Operations.trimJsWhitespace(input);
        int sign = 1;
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            sign = s.charAt(i) == '-' ? -1 : 1;
            i++;
        }
        int radix = 10;
        if (s.startsWith("0x", i) || s.startsWith("0X", i)) {
            radix = 16;
            i += 2;
        }
        int start = i;
        double result = 0;
        while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0) {
            result = result * radix + Character.digit(s.charAt(i), radix);
            i++;
        }
        if (i == start) {
            return Double.NaN;
        }
        if (radix == 10 && i - start > 15) {
            result = Double.parseDouble(s.substring(start, i));
        }
        return sign * result;
    }

    private static final Pattern FLOAT_PREFIX =
            Pattern.compile("^[+-]?(Infinity|(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?)");

    /** ECMA-262 §19.2.4 parseFloat(string). */
    private static double parseFloat(String input) {
        var m = FLOAT_PREFIX.matcher(Operations.trimJsWhitespace(input));
        if (!m.find()) {
            return Double.NaN;
        }
        String text = m.group();
        if (text.endsWith("Infinity")) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble(text);
    }
}
