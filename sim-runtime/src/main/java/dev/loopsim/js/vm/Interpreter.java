package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsNull;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.PropertyDescriptor;
import dev.loopsim.js.value.PropertyKeys;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * Runs bytecode. A call from script to script recurses here once per call, bounded by
 * {@link #MAX_CALL_DEPTH}; frames live on the heap, so a generator or async function suspends by leaving
 * {@link #run} with its frame intact and resumes by entering it again.
 */
public final class Interpreter {
    /** Script calls nested deeper than this throw RangeError, as V8 does near 10,000 simple frames. */
    public static final int MAX_CALL_DEPTH = 9_000;

    private static final Object[] NO_ARGS = new Object[0];

    private final Realm realm;
    private int depth;
    /** The frames running now, innermost last: what an error's stack describes. */
    private final ArrayList<Frame> active = new ArrayList<>();

    private final Map<Compiler.TemplateSite, JsArray> templateObjects = new IdentityHashMap<>();
    /** The last [[AsyncEvaluation]] order handed to a module (ECMA-262 §16.2.1.5.3.1 step 12). */
    private long asyncModuleOrder;

    private long backwardJumps;

    Interpreter(Realm realm) {
        this.realm = realm;
    }

    // ==== entry points ====================================================================================

    /** Runs a compiled script as Node runs a CommonJS file: a function called with this and arguments. */
    public Object runScript(FunctionTemplate script, Object thisValue, Object[] args) {
        ScriptFunction f = new ScriptFunction(realm, script, null, realm.functionPrototype);
        return callFunction(f, thisValue, args, null);
    }

    /** A module body's frame, not yet run: its environment is the module environment. */
    Frame moduleFrame(ScriptFunction body) {
        return newFrame(body, Undefined.INSTANCE, null, NO_ARGS);
    }

    long nextAsyncModuleOrder() {
        return ++asyncModuleOrder;
    }

    /** ECMA-262 [[Call]] of a script function. */
    Object callFunction(ScriptFunction f, Object thisArg, Object[] args, JsObject newTarget) {
        FunctionTemplate t = f.template;
        Frame frame = newFrame(f, thisFor(f, thisArg), newTarget, args);
        if (t.isGenerator) {
            return Generators.start(realm, this, frame, t.isAsync);
        }
        if (t.isAsync) {
            return AsyncFunctions.start(realm, this, frame);
        }
        return execute(frame);
    }

    private Frame newFrame(ScriptFunction f, Object thisValue, Object newTarget, Object[] args) {
        FunctionTemplate t = f.template;
        Env env = new Env(f.env, t.envSize);
        Frame frame = new Frame(f, t, env, thisValue, newTarget, args);
        if (t.kind == FunctionTemplate.Kind.ARROW) {
            frame.thisValue = f.lexicalThis;
        }
        return frame;
    }

    /** The this of a call: strict code takes it as given, sloppy code boxes it or uses the global object. */
    private Object thisFor(ScriptFunction f, Object thisArg) {
        if (f.template.kind == FunctionTemplate.Kind.ARROW
                || f.template.strict
                || f.template.kind == FunctionTemplate.Kind.SCRIPT
                || f.template.kind == FunctionTemplate.Kind.MODULE) {
            return thisArg;
        }
        if (Values.isNullish(thisArg)) {
            return realm.globalObject;
        }
        return thisArg instanceof JsObject ? thisArg : Operations.toObject(realm, thisArg);
    }

    /** ECMA-262 [[Construct]] of a script function (§10.2.2). */
    Object construct(ScriptFunction f, Object[] args, JsObject newTarget) {
        FunctionTemplate t = f.template;
        boolean derived = t.kind == FunctionTemplate.Kind.DERIVED_CONSTRUCTOR;
        JsObject thisObject = null;
        if (!derived) {
            Object proto = newTarget.get("prototype");
            thisObject = new JsObject(proto instanceof JsObject p ? p : realm.objectPrototype);
            if (f.fieldInitializer != null) {
                callFunction(f.fieldInitializer, thisObject, NO_ARGS, null);
            }
        }
        Frame frame = newFrame(f, thisObject, newTarget, args);
        Object result = execute(frame);
        if (result instanceof JsObject) {
            return result;
        }
        if (derived) {
            if (result != Undefined.INSTANCE) {
                throw realm.typeError("Derived constructors may only return object or undefined");
            }
            if (frame.thisValue == null) {
                throw realm.referenceError(
                        "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
            }
            return frame.thisValue;
        }
        return thisObject;
    }

    /** Runs a frame to its end (it must not suspend); the call-depth bound applies here. */
    Object execute(Frame frame) {
        if (++depth > MAX_CALL_DEPTH) {
            depth--;
            throw realm.rangeError("Maximum call stack size exceeded");
        }
        active.add(frame);
        try {
            return run(frame);
        } catch (StackOverflowError e) {
            throw realm.rangeError("Maximum call stack size exceeded");
        } finally {
            active.remove(active.size() - 1);
            depth--;
        }
    }

    /** Runs or resumes a frame until it returns or suspends; for generators and async functions. */
    Object resume(Frame frame) {
        return execute(frame);
    }

    /** V8's default Error.stackTraceLimit. */
    private static final int STACK_TRACE_LIMIT = 10;

    /**
     * The "    at …" lines of a stack trace as V8 writes them: {@code at fn (file:line:col)}, a method call as
     * {@code at Receiver.method}, the script body as {@code Object.<anonymous>}, an anonymous function as
     * its location alone.
     */
    public String stackTrace() {
        return stackTraceFrom(active.size() - 1);
    }

    /**
     * The stack trace of the code that called {@code function}: its innermost running frame and every
     * frame inside it left out, as V8's {@code Error.captureStackTrace(error, function)} writes it.
     */
    public String stackTraceAbove(JsObject function) {
        int i = innermostFrameOf(function);
        return stackTraceFrom(i < 0 ? active.size() - 1 : i - 1);
    }

    /** Where the innermost running call of {@code function} was made from, or null when unknown. */
    public dev.loopsim.js.syntax.Span callSiteOf(JsObject function) {
        int i = innermostFrameOf(function);
        if (i < 1) {
            return null;
        }
        Frame caller = active.get(i - 1);
        int at = caller.pc > 0 && caller.pc - 1 < caller.template.positions.length
                ? caller.template.positions[caller.pc - 1]
                : -1;
        if (caller.template.span == null || at < 0) {
            return null;
        }
        return dev.loopsim.js.syntax.Span.of(caller.template.span.source(), at, at);
    }

    private int innermostFrameOf(JsObject function) {
        for (int i = active.size() - 1; i >= 0; i--) {
            if (active.get(i).function == function) {
                return i;
            }
        }
        return -1;
    }

    private String stackTraceFrom(int innermost) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = innermost; i >= 0 && shown < STACK_TRACE_LIMIT; i--, shown++) {
            Frame f = active.get(i);
            String location = location(f);
            String name = frameName(f);
            out.append("\n    at ");
            if (name.isEmpty()) {
                out.append(location);
            } else {
                out.append(name).append(" (").append(location).append(')');
            }
        }
        return out.toString();
    }

    /** Records on {@code error} the position of the innermost running script instruction, if any. */
    void stampCreation(dev.loopsim.js.value.JsError error) {
        if (active.isEmpty()) {
            return;
        }
        Frame f = active.get(active.size() - 1);
        if (f.template.span != null && f.pc > 0 && f.pc - 1 < f.template.positions.length) {
            error.createdAt(f.template.span.source(), f.template.positions[f.pc - 1]);
        }
    }

    private static String location(Frame f) {
        dev.loopsim.js.syntax.Source source = f.template.span == null ? null : f.template.span.source();
        int at = f.pc > 0 && f.pc - 1 < f.template.positions.length ? f.template.positions[f.pc - 1] : -1;
        if (source == null || at < 0) {
            return "<anonymous>";
        }
        return source.name() + ":" + source.lineOf(at) + ":" + source.columnOf(at);
    }

    private String frameName(Frame f) {
        FunctionTemplate t = f.template;
        if (t.kind == FunctionTemplate.Kind.SCRIPT) {
            return "Object.<anonymous>";
        }
        if (t.kind == FunctionTemplate.Kind.MODULE) {
            return ""; // V8 names a module body by its location alone
        }
        String name = f.function.debugName();
        boolean method = t.kind != FunctionTemplate.Kind.ARROW
                && f.thisValue instanceof JsObject receiver
                && receiver != realm.globalObject
                && !t.isClassConstructor();
        if (!method) {
            return t.kind == FunctionTemplate.Kind.CLASS_CONSTRUCTOR
                            || t.kind == FunctionTemplate.Kind.DERIVED_CONSTRUCTOR
                    ? "new " + name
                    : name;
        }
        Object constructor = ((JsObject) f.thisValue).get("constructor");
        String receiver = constructor instanceof JsFunction c && !c.debugName().isEmpty() ? c.debugName() : "Object";
        return receiver + "." + (name.isEmpty() ? "<anonymous>" : name);
    }

    // ==== the loop ========================================================================================

    /** A generator's return() travelling through the frame as an exception that only finally blocks see. */
    record ReturnMarker(Object value) {}

    Object run(Frame f) {
        f.suspended = false;
        while (true) {
            try {
                return loop(f);
            } catch (JsThrow thrown) {
                if (f.template.span != null && f.pc > 0 && f.pc - 1 < f.template.positions.length) {
                    thrown.stamp(f.template.span.source(), f.template.positions[f.pc - 1]);
                }
                if (!handle(f, thrown.value())) {
                    if (thrown.value() instanceof ReturnMarker marker) {
                        return marker.value();
                    }
                    throw thrown;
                }
            }
        }
    }

    /** Finds the innermost handler around the faulting instruction; false when the frame has none. */
    private boolean handle(Frame f, Object value) {
        int at = f.pc - 1;
        for (FunctionTemplate.Handler h : f.template.handlers) {
            if (at >= h.start() && at < h.end()) {
                while (f.sp > h.stackDepth()) {
                    f.pop();
                }
                while (f.envDepth > h.envDepth()) {
                    f.env = f.env.parent;
                    f.envDepth--;
                }
                f.caught = value;
                f.pc = h.handler();
                return true;
            }
        }
        return false;
    }

    /** Resumes a suspended frame by throwing {@code value} at its suspension point. */
    Object throwInto(Frame f, Object value) {
        if (!handle(f, value)) {
            f.suspended = false; // no handler: the frame ends here, by return or by throw
            if (value instanceof ReturnMarker marker) {
                return marker.value();
            }
            throw new JsThrow(value);
        }
        return execute(f);
    }

    /** Loops jump backwards: every so often one looks whether the thread running the simulation was interrupted. */
    private void backwardJump() {
        if ((++backwardJumps & 0xFFFF) == 0 && Thread.interrupted()) {
            throw new CancellationException("the run was interrupted (a wall-clock limit): a loop never ended");
        }
    }

    private Object loop(Frame f) {
        final int[] code = f.template.code;
        final Object[] constants = f.template.constants;
        while (true) {
            Op op = Op.VALUES[code[f.pc++]];
            switch (op) {
                case UNDEFINED -> f.push(Undefined.INSTANCE);
                case NULL -> f.push(JsNull.INSTANCE);
                case TRUE -> f.push(Boolean.TRUE);
                case FALSE -> f.push(Boolean.FALSE);
                case CONST -> f.push(constants[code[f.pc++]]);
                case POP -> f.pop();
                case DUP -> f.push(f.peek());
                case DUP2 -> {
                    Object b = f.stack[f.sp - 1];
                    Object a = f.stack[f.sp - 2];
                    f.push(a);
                    f.push(b);
                }
                case SWAP -> {
                    Object b = f.stack[f.sp - 1];
                    f.stack[f.sp - 1] = f.stack[f.sp - 2];
                    f.stack[f.sp - 2] = b;
                }
                case ROT3 -> {
                    Object c = f.stack[f.sp - 1];
                    f.stack[f.sp - 1] = f.stack[f.sp - 2];
                    f.stack[f.sp - 2] = f.stack[f.sp - 3];
                    f.stack[f.sp - 3] = c;
                }
                case ROT4 -> {
                    Object d = f.stack[f.sp - 1];
                    f.stack[f.sp - 1] = f.stack[f.sp - 2];
                    f.stack[f.sp - 2] = f.stack[f.sp - 3];
                    f.stack[f.sp - 3] = f.stack[f.sp - 4];
                    f.stack[f.sp - 4] = d;
                }

                // ---- bindings
                case GET_VAR -> {
                    Env e = f.env.at(code[f.pc++]);
                    Object v = e.slots[code[f.pc++]];
                    f.push(v == Env.UNINITIALIZED ? Undefined.INSTANCE : v);
                }
                case GET_VAR_CHECKED -> {
                    Env e = f.env.at(code[f.pc++]);
                    Object v = e.slots[code[f.pc++]];
                    int nameIndex = code[f.pc++];
                    if (v == Env.UNINITIALIZED) {
                        throw realm.referenceError(
                                "Cannot access '" + constants[nameIndex] + "' before initialization");
                    }
                    f.push(v);
                }
                case SET_VAR -> {
                    Env e = f.env.at(code[f.pc++]);
                    e.slots[code[f.pc++]] = f.peek();
                }
                case SET_VAR_CHECKED -> {
                    Env e = f.env.at(code[f.pc++]);
                    int slot = code[f.pc++];
                    int nameIndex = code[f.pc++];
                    if (e.slots[slot] == Env.UNINITIALIZED) {
                        throw realm.referenceError(
                                "Cannot access '" + constants[nameIndex] + "' before initialization");
                    }
                    e.slots[slot] = f.peek();
                }
                case GET_IMPORT -> {
                    Env e = f.env.at(code[f.pc++]);
                    Object v = e.slots[code[f.pc++]];
                    int nameIndex = code[f.pc++];
                    if (v instanceof ModuleRecord.Binding binding) {
                        v = binding.read();
                    }
                    if (v == Env.UNINITIALIZED) {
                        throw realm.referenceError(
                                "Cannot access '" + constants[nameIndex] + "' before initialization");
                    }
                    f.push(v);
                }
                case IMPORT_CALL -> {
                    Object specifier = f.pop();
                    Object referrer = f.pop();
                    f.push(DynamicImport.evaluateImportCall(
                            realm,
                            referrer instanceof ModuleRecord m ? m : null,
                            f.template.span == null || f.template.span.source() == null
                                    ? null
                                    : f.template.span.source().name(),
                            specifier));
                }
                case THROW_CONST_ASSIGN -> {
                    f.pc++;
                    throw realm.typeError("Assignment to constant variable.");
                }
                case GET_GLOBAL -> {
                    String name = (String) constants[code[f.pc++]];
                    Property p = findGlobal(name);
                    if (p == null) {
                        throw realm.referenceError(name + " is not defined");
                    }
                    f.push(realm.globalObject.get(name));
                }
                case TYPEOF_GLOBAL -> {
                    String name = (String) constants[code[f.pc++]];
                    f.push(realm.globalObject.get(name));
                }
                case SET_GLOBAL -> {
                    String name = (String) constants[code[f.pc++]];
                    boolean strict = code[f.pc++] != 0;
                    if (strict && findGlobal(name) == null) {
                        throw realm.referenceError(name + " is not defined");
                    }
                    if (!realm.globalObject.set(name, f.peek()) && strict) {
                        throw realm.typeError(
                                "Cannot assign to read only property '" + name + "' of object '#<Object>'");
                    }
                }
                case PUSH_ENV -> {
                    f.env = new Env(f.env, code[f.pc++]);
                    f.envDepth++;
                }
                case POP_ENV -> {
                    f.env = f.env.parent;
                    f.envDepth--;
                }
                case COPY_ENV -> f.env = f.env.copy();

                // ---- this, arguments, functions
                case THIS -> {
                    if (f.thisValue == null) {
                        throw realm.referenceError(
                                "Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
                    }
                    f.push(f.thisValue);
                }
                case NEW_TARGET -> {
                    Object nt =
                            f.template.kind == FunctionTemplate.Kind.ARROW ? f.function.lexicalNewTarget : f.newTarget;
                    f.push(nt == null ? Undefined.INSTANCE : nt);
                }
                case ARGUMENTS -> {
                    if (f.argumentsObject == null) {
                        if (f.template.mappedParameters >= 0) {
                            MappedArguments mapped = new MappedArguments(
                                    realm.objectPrototype, f.args, f.env.at(f.envDepth), f.template.mappedParameters);
                            finishArguments(mapped, f.args.length);
                            f.argumentsObject = mapped;
                        } else {
                            Object[] args =
                                    f.template.kind == FunctionTemplate.Kind.ARROW ? f.function.lexicalArgs : f.args;
                            f.argumentsObject = argumentsObject(args == null ? NO_ARGS : args);
                        }
                    }
                    f.push(f.argumentsObject);
                }
                case GET_ARG -> {
                    int i = code[f.pc++];
                    f.push(i < f.args.length ? f.args[i] : Undefined.INSTANCE);
                }
                case REST_ARGS -> {
                    int from = code[f.pc++];
                    List<Object> rest = new ArrayList<>();
                    for (int i = from; i < f.args.length; i++) {
                        rest.add(f.args[i]);
                    }
                    f.push(realm.newArray(rest));
                }
                case CLOSURE -> f.push(closure(f, (FunctionTemplate) constants[code[f.pc++]]));
                case SUPER_CALL -> {
                    int argc = code[f.pc++];
                    Object[] args = popArgs(f, argc);
                    f.push(superCall(f, args));
                }
                case SUPER_CALL_SPREAD -> f.push(superCall(f, arrayToArgs(f.pop())));
                case SUPER_BASE -> {
                    ScriptFunction fn =
                            f.template.kind == FunctionTemplate.Kind.ARROW ? f.function.lexicalFunction : f.function;
                    JsObject home = fn == null ? null : fn.homeObject;
                    if (home == null) {
                        throw realm.syntaxError("'super' keyword unexpected here");
                    }
                    JsObject base = home.getPrototypeOf();
                    f.push(base == null ? JsNull.INSTANCE : base);
                }

                // ---- properties
                case GET_PROP -> {
                    Object key = constants[code[f.pc++]];
                    f.push(getProperty(f.pop(), key));
                }
                case SET_PROP -> {
                    Object key = constants[code[f.pc++]];
                    Object value = f.pop();
                    Object target = f.pop();
                    setProperty(target, key, value, f.template.strict);
                    f.push(value);
                }
                case GET_ELEM -> {
                    Object key = f.pop();
                    Object target = f.pop();
                    f.push(getElement(target, key));
                }
                case SET_ELEM -> {
                    Object value = f.pop();
                    Object key = f.pop();
                    Object target = f.pop();
                    setElement(target, key, value, f.template.strict);
                    f.push(value);
                }
                case GET_SUPER_ELEM -> {
                    Object base = f.pop();
                    Object key = Operations.toPropertyKey(realm, f.pop());
                    Object receiver = f.pop();
                    f.push(base instanceof JsObject o ? o.get(key, receiver) : getProperty(base, key));
                }
                case SET_SUPER_ELEM -> {
                    Object value = f.pop();
                    Object base = f.pop();
                    Object key = Operations.toPropertyKey(realm, f.pop());
                    Object receiver = f.pop();
                    if (base instanceof JsObject o && !o.set(key, value, receiver) && f.template.strict) {
                        throw realm.typeError(
                                "Cannot assign to read only property '" + Operations.describeKey(key) + "'");
                    }
                    f.push(value);
                }
                case DELETE_ELEM -> {
                    boolean strict = code[f.pc++] != 0;
                    Object key = Operations.toPropertyKey(realm, f.pop());
                    Object target = f.pop();
                    JsObject o = Operations.toObject(realm, target);
                    boolean deleted = o.delete(key);
                    if (!deleted && strict) {
                        throw realm.typeError("Cannot delete property '" + Operations.describeKey(key) + "' of "
                                + Operations.toDisplay(target));
                    }
                    f.push(deleted);
                }
                case IN -> {
                    Object target = f.pop();
                    Object key = f.pop();
                    if (!(target instanceof JsObject o)) {
                        throw realm.typeError("Cannot use 'in' operator to search for '" + Operations.describeKey(key)
                                + "' in " + Operations.toDisplay(target));
                    }
                    f.push(o.hasProperty(key));
                }
                case PRIVATE_IN -> {
                    Object target = f.pop();
                    Object key = f.pop();
                    if (!(target instanceof JsObject o)) {
                        throw realm.typeError("Cannot use 'in' operator to search for '" + key + "' in "
                                + Operations.toDisplay(target));
                    }
                    f.push(PrivateNames.has(o, (PrivateNames.Name) key));
                }
                case GET_PRIVATE -> {
                    Object key = f.pop();
                    Object target = f.pop();
                    f.push(PrivateNames.get(realm, target, (PrivateNames.Name) key));
                }
                case SET_PRIVATE -> {
                    Object value = f.pop();
                    Object key = f.pop();
                    Object target = f.pop();
                    PrivateNames.set(realm, target, (PrivateNames.Name) key, value);
                    f.push(value);
                }

                // ---- operators
                case ADD -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    f.push(add(a, b));
                }
                // Each numeric operator: Numbers inline, anything else through ToNumeric (BigInts, objects).
                case SUB -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    if (a instanceof Double x && b instanceof Double y) {
                        f.push(x - y);
                    } else {
                        f.push(numericOperator(op, a, b));
                    }
                }
                case MUL -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    if (a instanceof Double x && b instanceof Double y) {
                        f.push(x * y);
                    } else {
                        f.push(numericOperator(op, a, b));
                    }
                }
                case DIV -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    if (a instanceof Double x && b instanceof Double y) {
                        f.push(x / y);
                    } else {
                        f.push(numericOperator(op, a, b));
                    }
                }
                case MOD, EXP, BIT_AND, BIT_OR, BIT_XOR, SHL, SHR, USHR -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    if (a instanceof Double x && b instanceof Double y) {
                        f.push(numberOperator(op, x, y));
                    } else {
                        f.push(numericOperator(op, a, b));
                    }
                }
                case EQ -> {
                    Object b = f.pop();
                    f.push(Operations.isLooselyEqual(realm, f.pop(), b));
                }
                case NE -> {
                    Object b = f.pop();
                    f.push(!Operations.isLooselyEqual(realm, f.pop(), b));
                }
                case STRICT_EQ -> {
                    Object b = f.pop();
                    f.push(Values.strictEquals(f.pop(), b));
                }
                case STRICT_NE -> {
                    Object b = f.pop();
                    f.push(!Values.strictEquals(f.pop(), b));
                }
                case LT, LE, GT, GE -> {
                    Object b = f.pop();
                    Object a = f.pop();
                    if (a instanceof Double x && b instanceof Double y) {
                        f.push(
                                switch (op) {
                                    case LT -> x < y;
                                    case LE -> x <= y;
                                    case GT -> x > y;
                                    default -> x >= y;
                                });
                        break;
                    }
                    Object px = Operations.toPrimitive(realm, a, "number");
                    Object py = Operations.toPrimitive(realm, b, "number");
                    Boolean r =
                            switch (op) {
                                case LT -> Operations.isLessThan(realm, px, py);
                                case GT -> Operations.isLessThan(realm, py, px);
                                case LE -> negate(Operations.isLessThan(realm, py, px));
                                default -> negate(Operations.isLessThan(realm, px, py));
                            };
                    f.push(Boolean.TRUE.equals(r));
                }
                case INSTANCEOF -> {
                    Object b = f.pop();
                    f.push(Operations.instanceOf(realm, f.pop(), b));
                }
                case NEG -> {
                    Object v = f.pop();
                    f.push(v instanceof Double d ? (Object) (-d) : unaryNumeric(op, v));
                }
                case PLUS -> f.push(toNumber(f.pop()));
                case TO_NUMERIC -> {
                    Object v = f.pop();
                    f.push(v instanceof Double ? v : Operations.toNumeric(realm, v));
                }
                case NOT -> f.push(!Values.toBoolean(f.pop()));
                case BIT_NOT -> {
                    Object v = f.pop();
                    f.push(v instanceof Double d ? (Object) (double) ~Operations.toInt32(d) : unaryNumeric(op, v));
                }
                case TYPEOF -> f.push(Values.typeOf(f.pop()));
                case INC -> {
                    Object v = f.pop();
                    f.push(v instanceof Double d ? (Object) (d + 1) : unaryNumeric(op, v));
                }
                case DEC -> {
                    Object v = f.pop();
                    f.push(v instanceof Double d ? (Object) (d - 1) : unaryNumeric(op, v));
                }
                case TO_PROPERTY_KEY -> f.push(Operations.toPropertyKey(realm, f.pop()));

                // ---- jumps
                case JUMP -> {
                    int target = code[f.pc];
                    if (target < f.pc) {
                        backwardJump();
                    }
                    f.pc = target;
                }
                case JUMP_IF_FALSE -> {
                    int target = code[f.pc++];
                    if (!Values.toBoolean(f.pop())) {
                        f.pc = target;
                    }
                }
                case JUMP_IF_TRUE -> {
                    int target = code[f.pc++];
                    if (target < f.pc) {
                        backwardJump();
                    }
                    if (Values.toBoolean(f.pop())) {
                        f.pc = target;
                    }
                }
                case JUMP_IF_FALSE_KEEP, JUMP_IF_TRUE_KEEP, JUMP_IF_NOT_NULLISH_KEEP -> {
                    // &&, || and ??: keep the deciding value when jumping past the right operand.
                    int target = code[f.pc++];
                    Object v = f.peek();
                    boolean jump =
                            switch (op) {
                                case JUMP_IF_FALSE_KEEP -> !Values.toBoolean(v);
                                case JUMP_IF_TRUE_KEEP -> Values.toBoolean(v);
                                default -> !Values.isNullish(v);
                            };
                    if (jump) {
                        f.pc = target;
                    } else {
                        f.pop();
                    }
                }
                case JUMP_IF_NULLISH -> {
                    int target = code[f.pc++];
                    if (Values.isNullish(f.peek())) {
                        f.pc = target;
                    }
                }
                case JUMP_IF_UNDEFINED -> {
                    int target = code[f.pc++];
                    if (f.peek() == Undefined.INSTANCE) {
                        f.pc = target;
                    }
                }

                // ---- calls
                case CALL -> {
                    int argc = code[f.pc++];
                    int text = code[f.pc++];
                    Object[] args = popArgs(f, argc);
                    Object thisValue = f.pop();
                    Object callee = f.pop();
                    f.push(call(callee, thisValue, args, text < 0 ? null : (String) constants[text]));
                }
                case CALL_SPREAD -> {
                    int text = code[f.pc++];
                    Object[] args = arrayToArgs(f.pop());
                    Object thisValue = f.pop();
                    Object callee = f.pop();
                    f.push(call(callee, thisValue, args, text < 0 ? null : (String) constants[text]));
                }
                case NEW -> {
                    int argc = code[f.pc++];
                    int text = code[f.pc++];
                    Object[] args = popArgs(f, argc);
                    f.push(construct(f.pop(), args, (String) constants[text]));
                }
                case NEW_SPREAD -> {
                    int text = code[f.pc++];
                    Object[] args = arrayToArgs(f.pop());
                    f.push(construct(f.pop(), args, (String) constants[text]));
                }
                case RETURN -> {
                    return f.pop();
                }
                case THROW -> throw new JsThrow(f.pop());
                case THROW_TYPE_ERROR -> throw realm.typeError((String) constants[code[f.pc++]]);

                // ---- literals
                case NEW_OBJECT -> f.push(realm.newObject());
                case NEW_ARRAY -> {
                    int count = code[f.pc++];
                    JsArray array = new JsArray(realm.arrayPrototype, count);
                    Object[] values = popArgs(f, count);
                    for (Object v : values) {
                        array.push(v);
                    }
                    f.push(array);
                }
                case ARRAY_PUSH -> {
                    Object v = f.pop();
                    ((JsArray) f.peek()).push(v);
                }
                case ARRAY_HOLE -> {
                    JsArray a = (JsArray) f.peek();
                    a.set("length", (double) (a.length() + 1));
                }
                case ARRAY_SPREAD -> {
                    int text = code[f.pc++];
                    Object iterable = f.pop();
                    JsArray a = (JsArray) f.peek();
                    Iteration.drain(
                            realm,
                            Iteration.getIterator(realm, iterable, text < 0 ? null : (String) constants[text]),
                            a::push);
                }
                case DEFINE_FIELD -> {
                    Object key = constants[code[f.pc++]];
                    Object value = f.pop();
                    ((JsObject) f.peek()).defineOwnProperty(key, PropertyDescriptor.data(value, Property.DEFAULT));
                }
                case DEFINE_ELEM -> {
                    Object value = f.pop();
                    Object key = f.pop();
                    ((JsObject) f.peek()).defineOwnProperty(key, PropertyDescriptor.data(value, Property.DEFAULT));
                }
                case DEFINE_GETTER, DEFINE_SETTER, DEFINE_METHOD -> {
                    boolean enumerable = code[f.pc++] != 0;
                    ScriptFunction method = (ScriptFunction) f.pop();
                    Object key = f.pop();
                    JsObject target = (JsObject) f.peek();
                    method.homeObject = target;
                    int flags = Property.CONFIGURABLE | (enumerable ? Property.ENUMERABLE : 0);
                    setFunctionName(
                            method, key, op == Op.DEFINE_GETTER ? "get" : op == Op.DEFINE_SETTER ? "set" : null);
                    if (op == Op.DEFINE_METHOD) {
                        target.defineOwnProperty(key, PropertyDescriptor.data(method, flags | Property.WRITABLE));
                    } else {
                        PropertyDescriptor d = new PropertyDescriptor();
                        if (op == Op.DEFINE_GETTER) {
                            d.getter = method;
                            d.hasGetter = true;
                        } else {
                            d.setter = method;
                            d.hasSetter = true;
                        }
                        d.enumerable = enumerable;
                        d.configurable = true;
                        target.defineOwnProperty(key, d);
                    }
                }
                case COPY_DATA_PROPERTIES -> {
                    Object source = f.pop();
                    copyDataProperties((JsObject) f.peek(), source, List.of());
                }
                case SET_PROTOTYPE -> {
                    Object proto = f.pop();
                    if (proto instanceof JsObject p) {
                        ((JsObject) f.peek()).setPrototypeOf(p);
                    } else if (proto == JsNull.INSTANCE) {
                        ((JsObject) f.peek()).setPrototypeOf(null);
                    }
                }
                case OBJECT_REST -> {
                    int count = code[f.pc++];
                    Object[] excluded = popArgs(f, count);
                    Object source = f.pop();
                    JsObject rest = realm.newObject();
                    copyDataProperties(rest, source, List.of(excluded));
                    f.push(rest);
                }
                case REGEXP -> {
                    Object pattern = constants[code[f.pc++]];
                    Object flags = constants[code[f.pc++]];
                    Object regExp = realm.globalObject.get("RegExp");
                    f.push(construct(regExp, new Object[] {pattern, flags}, "RegExp"));
                }
                case TEMPLATE_OBJECT -> f.push(templateObject((Compiler.TemplateSite) constants[code[f.pc++]]));
                case CONCAT -> {
                    int count = code[f.pc++];
                    Object[] parts = popArgs(f, count);
                    StringBuilder sb = new StringBuilder();
                    for (Object part : parts) {
                        sb.append(Operations.toString(realm, part));
                    }
                    f.push(sb.toString());
                }

                // ---- classes
                case CLASS -> {
                    FunctionTemplate ctor = (FunctionTemplate) constants[code[f.pc++]];
                    boolean hasHeritage = code[f.pc++] != 0;
                    int fieldInit = code[f.pc++];
                    Object heritage = hasHeritage ? f.pop() : null;
                    JsObject[] made = makeClass(
                            f,
                            ctor,
                            hasHeritage,
                            heritage,
                            fieldInit < 0 ? null : (FunctionTemplate) constants[fieldInit]);
                    f.push(made[0]);
                    f.push(made[1]);
                }
                case NEW_PRIVATE_NAME -> f.push(new PrivateNames.Name((String) constants[code[f.pc++]]));
                case DEFINE_PRIVATE -> {
                    int kind = code[f.pc++];
                    Object value = f.pop();
                    Object key = f.pop();
                    PrivateNames.define(realm, (JsObject) f.peek(), (PrivateNames.Name) key, value, kind);
                }

                // ---- iteration
                case GET_ITERATOR -> {
                    int text = code[f.pc++];
                    Iteration.Record r =
                            Iteration.getIterator(realm, f.pop(), text < 0 ? null : (String) constants[text]);
                    f.push(r.iterator());
                    f.push(r.next());
                }
                case GET_ASYNC_ITERATOR -> {
                    int text = code[f.pc++];
                    Iteration.Record r =
                            Iteration.getAsyncIterator(realm, f.pop(), text < 0 ? null : (String) constants[text]);
                    f.push(r.iterator());
                    f.push(r.next());
                }
                case ITERATOR_STEP -> {
                    int exit = code[f.pc++];
                    Object next = f.pop();
                    Object iterator = f.pop();
                    iteratorResult(f, Operations.call(realm, next, iterator, NO_ARGS), exit);
                }
                case ASYNC_ITERATOR_NEXT -> {
                    Object next = f.pop();
                    Object iterator = f.pop();
                    f.push(Operations.call(realm, next, iterator, NO_ARGS));
                }
                case ASYNC_ITERATOR_RESULT -> {
                    int exit = code[f.pc++];
                    iteratorResult(f, f.pop(), exit);
                }
                case ITERATOR_REST -> {
                    Object next = f.pop();
                    Object iterator = f.pop();
                    JsArray rest = new JsArray(realm.arrayPrototype);
                    Iteration.drain(realm, new Iteration.Record(iterator, next), rest::push);
                    f.push(rest);
                }
                case ITERATOR_CLOSE -> {
                    f.pop();
                    Iteration.close(realm, f.pop(), false);
                }
                case ASYNC_ITERATOR_CLOSE -> {
                    f.pop();
                    Object iterator = f.pop();
                    Object method = Operations.getMethod(realm, iterator, "return");
                    f.push(
                            method == Undefined.INSTANCE
                                    ? Undefined.INSTANCE
                                    : Operations.call(realm, method, iterator, NO_ARGS));
                }
                case ITERATOR_CLOSE_QUIETLY -> {
                    f.pop();
                    Iteration.close(realm, f.pop(), true);
                }
                case FOR_IN_START -> f.push(new ForIn(realm, f.pop()));
                case FOR_IN_NEXT -> {
                    int exit = code[f.pc++];
                    ForIn enumerator = (ForIn) f.pop();
                    String key = enumerator.next();
                    if (key == null) {
                        f.pc = exit;
                    } else {
                        f.push(key);
                    }
                }

                // ---- generators and async functions
                case INITIAL_YIELD, YIELD, AWAIT, YIELD_STAR -> {
                    // Suspension: the owner decides what the value means and resumes the frame later.
                    f.suspended = true;
                    f.lastSuspension = op;
                    return op == Op.INITIAL_YIELD ? Undefined.INSTANCE : f.pop();
                }

                // ---- exceptions and finally
                case NOP, DEBUGGER -> {}
                case SET_COMPLETION -> {
                    int kind = code[f.pc++];
                    f.env.slots[code[f.pc++]] = (double) kind;
                }
                case END_FINALLY -> {
                    int slot = code[f.pc++];
                    int returnStub = code[f.pc++];
                    int kind = (int) (double) (Double) f.env.slots[slot];
                    Object value = f.env.slots[slot + 1];
                    switch (kind) {
                        case Compiler.COMPLETION_RETURN -> {
                            if (returnStub < 0) {
                                return value;
                            }
                            f.pc = returnStub;
                        }
                        case Compiler.COMPLETION_THROW -> throw new JsThrow(value);
                        // The jump table follows the JUMP that skips it: entry k is 2 + 2k ints on.
                        case Compiler.COMPLETION_JUMP -> f.pc = f.pc + 2 + 2 * (int) (double) (Double) value;
                        default -> {}
                    }
                }
                case CAUGHT -> {
                    Object caught = f.caught;
                    f.caught = null;
                    if (caught instanceof ReturnMarker) {
                        throw new JsThrow(caught);
                    }
                    f.push(caught);
                }
                case CAUGHT_ANY -> {
                    f.push(f.caught);
                    f.caught = null;
                }
            }
        }
    }

    /** An iterator step's result: jumps to {@code exit} when done, else pushes the value (§7.4.8 IteratorStep). */
    private void iteratorResult(Frame f, Object result, int exit) {
        if (!(result instanceof JsObject r)) {
            throw realm.typeError("Iterator result " + Operations.toDisplay(result) + " is not an object");
        }
        if (Values.toBoolean(r.get("done"))) {
            f.pc = exit;
        } else {
            f.push(r.get("value"));
        }
    }

    private static Boolean negate(Boolean b) {
        return b == null ? Boolean.FALSE : !b;
    }

    private Property findGlobal(String name) {
        for (JsObject o = realm.globalObject; o != null; o = o.getPrototypeOf()) {
            Property p = o.getOwnProperty(name);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static Object[] popArgs(Frame f, int count) {
        Object[] args = new Object[count];
        for (int i = count - 1; i >= 0; i--) {
            args[i] = f.pop();
        }
        return args;
    }

    private Object[] arrayToArgs(Object array) {
        JsArray a = (JsArray) array;
        Object[] args = new Object[(int) a.length()];
        for (int i = 0; i < args.length; i++) {
            args[i] = a.getIndex(i);
        }
        return args;
    }

    // ==== operations the loop delegates ===================================================================

    double toNumber(Object v) {
        return v instanceof Double d ? d : Operations.toNumber(realm, v);
    }

    /** ECMA-262 §13.15.3 ApplyStringOrNumericBinaryOperator for +. */
    Object add(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x + y;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        Object pa = Operations.toPrimitive(realm, a, "default");
        Object pb = Operations.toPrimitive(realm, b, "default");
        if (pa instanceof String || pb instanceof String) {
            return Operations.toString(realm, pa).concat(Operations.toString(realm, pb));
        }
        return numericOperator(Op.ADD, pa, pb);
    }

    /**
     * ECMA-262 §13.15.3 ApplyStringOrNumericBinaryOperator steps 3-8 for a numeric operator: ToNumeric of
     * each operand, left first, then the Number or the BigInt operation; a Number and a BigInt do not mix.
     */
    Object numericOperator(Op op, Object a, Object b) {
        Object x = Operations.toNumeric(realm, a);
        Object y = Operations.toNumeric(realm, b);
        if (x instanceof Double nx && y instanceof Double ny) {
            return numberOperator(op, nx, ny);
        }
        if (x instanceof BigInteger bx && y instanceof BigInteger by) {
            return BigInts.apply(realm, op, bx, by);
        }
        throw realm.typeError("Cannot mix BigInt and other types, use explicit conversions");
    }

    /** ECMA-262 §6.1.6.1 the Number operation behind a binary operator. */
    static double numberOperator(Op op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case MOD -> jsRemainder(x, y);
            case EXP -> jsPow(x, y);
            case BIT_AND -> Operations.toInt32(x) & Operations.toInt32(y);
            case BIT_OR -> Operations.toInt32(x) | Operations.toInt32(y);
            case BIT_XOR -> Operations.toInt32(x) ^ Operations.toInt32(y);
            case SHL -> Operations.toInt32(x) << (Operations.toInt32(y) & 31);
            case SHR -> Operations.toInt32(x) >> (Operations.toInt32(y) & 31);
            case USHR -> Operations.toUint32(x) >>> (Operations.toInt32(y) & 31);
            default -> throw new IllegalArgumentException("not a Number operator: " + op);
        };
    }

    /**
     * ECMA-262 §13.5.4-6 unary minus and ~, §13.4.2-5 ++ and --, on an operand that is not a Number:
     * ToNumeric, then Number::unaryMinus/bitwiseNOT/add or their BigInt counterparts.
     */
    private Object unaryNumeric(Op op, Object value) {
        Object n = Operations.toNumeric(realm, value);
        if (n instanceof BigInteger b) {
            return switch (op) {
                case NEG -> b.negate();
                case BIT_NOT -> b.not();
                case INC -> b.add(BigInteger.ONE);
                default -> b.subtract(BigInteger.ONE);
            };
        }
        double d = (Double) n;
        return switch (op) {
            case NEG -> -d;
            case BIT_NOT -> (double) ~Operations.toInt32(d);
            case INC -> d + 1;
            default -> d - 1;
        };
    }

    static double jsRemainder(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a) || b == 0) {
            return Double.NaN;
        }
        if (Double.isInfinite(b) || a == 0) {
            return a;
        }
        return a % b;
    }

    /** ECMA-262 §6.1.6.1.3 Number::exponentiate, with V8's pow so results agree to the last bit. */
    static double jsPow(double base, double exponent) {
        if (Double.isNaN(exponent)) {
            return Double.NaN;
        }
        if ((base == 1 || base == -1) && Double.isInfinite(exponent)) {
            return Double.NaN;
        }
        return dev.loopsim.js.builtins.MathBuiltins.pow(base, exponent);
    }

    Object getProperty(Object target, Object key) {
        if (target instanceof JsObject o) {
            return o.get(key, o);
        }
        if (Values.isNullish(target)) {
            throw realm.typeError(
                    "Cannot read properties of " + target + " (reading '" + Operations.describeKey(key) + "')");
        }
        return Operations.getV(realm, target, key);
    }

    Object getElement(Object target, Object key) {
        if (target instanceof JsArray a && key instanceof Double d) {
            double i = d;
            if (i >= 0 && i == (long) i) {
                return a.getIndex((long) i);
            }
        }
        if (target instanceof String s && key instanceof Double d) {
            double i = d;
            if (i >= 0 && i < s.length() && i == (int) i) {
                return String.valueOf(s.charAt((int) i));
            }
        }
        if (Values.isNullish(target)) {
            throw realm.typeError("Cannot read properties of " + target + " (reading '"
                    + Operations.describeKey(Operations.toPropertyKey(realm, key)) + "')");
        }
        return getProperty(target, Operations.toPropertyKey(realm, key));
    }

    void setProperty(Object target, Object key, Object value, boolean strict) {
        if (target instanceof JsArray && "length".equals(key)) {
            value = arrayLength(value);
        }
        if (target instanceof JsObject o) {
            if (!o.set(key, value, o) && strict) {
                throw realm.typeError("Cannot assign to read only property '" + Operations.describeKey(key)
                        + "' of object '" + Operations.toDisplay(o) + "'");
            }
            return;
        }
        if (Values.isNullish(target)) {
            throw realm.typeError(
                    "Cannot set properties of " + target + " (setting '" + Operations.describeKey(key) + "')");
        }
        if (strict) {
            throw realm.typeError("Cannot create property '" + Operations.describeKey(key) + "' on "
                    + Values.typeOf(target) + " '" + Operations.toString(realm, target) + "'");
        }
    }

    void setElement(Object target, Object key, Object value, boolean strict) {
        if (target instanceof JsArray a && key instanceof Double d) {
            double i = d;
            if (i >= 0 && i == (long) i && a.setIndex((long) i, value)) {
                return;
            }
        }
        if (Values.isNullish(target)) {
            throw realm.typeError("Cannot set properties of " + target + " (setting '"
                    + Operations.describeKey(Operations.toPropertyKey(realm, key)) + "')");
        }
        setProperty(target, Operations.toPropertyKey(realm, key), value, strict);
    }

    /** ECMA-262 §10.4.2.4 ArraySetLength, steps 3-5: the new length as a uint32, or RangeError. */
    private Double arrayLength(Object value) {
        double number = toNumber(value);
        long length = Operations.toUint32(toNumber(value));
        if (length != number) {
            throw realm.rangeError("Invalid array length");
        }
        return (double) length;
    }

    Object call(Object callee, Object thisValue, Object[] args, String text) {
        if (!(callee instanceof JsFunction function)) {
            throw realm.typeError((text == null ? "expression" : text) + " is not a function");
        }
        return function.call(thisValue, args);
    }

    Object construct(Object callee, Object[] args, String text) {
        if (!(callee instanceof JsFunction function) || !function.isConstructor()) {
            throw realm.typeError((text == null ? "expression" : text) + " is not a constructor");
        }
        return function.construct(args, function);
    }

    private Object superCall(Frame f, Object[] args) {
        ScriptFunction constructor =
                f.template.kind == FunctionTemplate.Kind.ARROW ? f.function.lexicalFunction : f.function;
        JsObject parent = constructor.getPrototypeOf();
        if (!(parent instanceof JsFunction p) || !p.isConstructor()) {
            throw realm.typeError(
                    "Super constructor " + Operations.toDisplay(parent) + " of anonymous class is not a constructor");
        }
        Object newTarget = f.template.kind == FunctionTemplate.Kind.ARROW ? f.function.lexicalNewTarget : f.newTarget;
        Object result = p.construct(args, (JsObject) newTarget);
        if (f.thisValue != null) {
            throw realm.referenceError("Super constructor may only be called once");
        }
        f.thisValue = result;
        if (constructor.fieldInitializer != null) {
            callFunction(constructor.fieldInitializer, result, NO_ARGS, null);
        }
        return result;
    }

    /** A closure of {@code template} over the frame's current environment. */
    private ScriptFunction closure(Frame f, FunctionTemplate template) {
        JsObject proto = !template.isGenerator
                ? realm.functionPrototype
                : template.isAsync ? realm.asyncGeneratorFunctionPrototype() : realm.generatorFunctionPrototype();
        ScriptFunction fn = new ScriptFunction(realm, template, f.env, proto);
        if (template.kind == FunctionTemplate.Kind.ARROW) {
            fn.lexicalThis = f.thisValue;
            fn.lexicalNewTarget =
                    f.template.kind == FunctionTemplate.Kind.ARROW ? f.function.lexicalNewTarget : f.newTarget;
            fn.lexicalArgs = f.template.kind == FunctionTemplate.Kind.ARROW ? f.function.lexicalArgs : f.args;
            fn.lexicalFunction =
                    f.template.kind == FunctionTemplate.Kind.ARROW ? f.function.lexicalFunction : f.function;
            fn.homeObject = f.function == null ? null : f.function.homeObject;
        }
        if (template.isGenerator) {
            JsObject prototype =
                    new JsObject(template.isAsync ? realm.asyncGeneratorPrototype : realm.generatorPrototype);
            fn.defineOwn("prototype", prototype, Property.WRITABLE);
        } else if (fn.isConstructor() && template.kind == FunctionTemplate.Kind.NORMAL) {
            if (!template.strict) {
                // V8 gives sloppy functions own, inert arguments and caller properties (util.inspect shows them).
                fn.defineOwn("arguments", JsNull.INSTANCE, 0);
                fn.defineOwn("caller", JsNull.INSTANCE, 0);
            }
            JsObject prototype = realm.newObject();
            prototype.defineOwn("constructor", fn, Property.HIDDEN);
            fn.defineOwn("prototype", prototype, Property.WRITABLE);
        }
        if (template.selfBinding) {
            // A named function expression: its own name, bound in an environment just around it.
            Env self = new Env(f.env, 1);
            self.slots[0] = fn;
            fn = rebind(fn, self);
        }
        return fn;
    }

    private ScriptFunction rebind(ScriptFunction fn, Env env) {
        ScriptFunction bound = new ScriptFunction(realm, fn.template, env, fn.getPrototypeOf());
        for (Object key : fn.ownPropertyKeys()) {
            Property p = fn.getOwnProperty(key);
            bound.defineOwn(key, p.value(), p.flags());
        }
        Object prototype = bound.get("prototype");
        if (prototype instanceof JsObject p && p.getOwnProperty("constructor") != null) {
            p.defineOwn("constructor", bound, Property.HIDDEN);
        }
        env.slots[0] = bound;
        return bound;
    }

    private JsObject[] makeClass(
            Frame f, FunctionTemplate ctor, boolean hasHeritage, Object heritage, FunctionTemplate fieldInit) {
        JsObject protoParent = realm.objectPrototype;
        JsObject constructorParent = realm.functionPrototype;
        if (hasHeritage) {
            if (heritage == JsNull.INSTANCE) {
                protoParent = null;
            } else if (heritage instanceof JsFunction h && h.isConstructor()) {
                Object pp = h.get("prototype");
                if (pp instanceof JsObject o) {
                    protoParent = o;
                } else if (pp == JsNull.INSTANCE) {
                    protoParent = null;
                } else {
                    throw realm.typeError(
                            "Class extends value does not have valid prototype property " + Operations.toDisplay(pp));
                }
                constructorParent = h;
            } else {
                throw realm.typeError(
                        "Class extends value " + Operations.toDisplay(heritage) + " is not a constructor or null");
            }
        }
        JsObject prototype = new JsObject(protoParent);
        ScriptFunction constructor = new ScriptFunction(realm, ctor, f.env, constructorParent);
        constructor.homeObject = prototype;
        constructor.defineOwn("prototype", prototype, 0);
        prototype.defineOwn("constructor", constructor, Property.HIDDEN);
        if (fieldInit != null) {
            ScriptFunction init = new ScriptFunction(realm, fieldInit, f.env, realm.functionPrototype);
            init.homeObject = prototype;
            constructor.fieldInitializer = init;
        }
        return new JsObject[] {constructor, prototype};
    }

    private void setFunctionName(ScriptFunction fn, Object key, String prefix) {
        String name =
                key instanceof JsSymbol s ? (s.description() == null ? "" : "[" + s.description() + "]") : (String) key;
        if (prefix != null) {
            name = prefix + " " + name;
        }
        fn.defineOwn("name", name, Property.CONFIGURABLE);
    }

    /** ECMA-262 §7.3.25 CopyDataProperties. */
    void copyDataProperties(JsObject target, Object source, List<Object> excluded) {
        if (Values.isNullish(source)) {
            return;
        }
        JsObject from = Operations.toObject(realm, source);
        for (Object key : from.ownPropertyKeys()) {
            if (excluded.contains(key)) {
                continue;
            }
            Property p = from.getOwnProperty(key);
            if (p != null && p.enumerable()) {
                target.defineOwnProperty(key, PropertyDescriptor.data(from.get(key, from), Property.DEFAULT));
            }
        }
    }

    private JsObject argumentsObject(Object[] args) {
        JsObject arguments = new JsObject(realm.objectPrototype) {
            @Override
            public String className() {
                return "Arguments";
            }
        };
        for (int i = 0; i < args.length; i++) {
            arguments.defineOwn(PropertyKeys.indexKey(i), args[i], Property.DEFAULT);
        }
        finishArguments(arguments, args.length);
        return arguments;
    }

    /** The non-index properties every arguments object has: length and the array iterator. */
    private void finishArguments(JsObject arguments, int length) {
        arguments.defineOwn("length", (double) length, Property.HIDDEN);
        arguments.defineOwn(JsSymbol.ITERATOR, realm.arrayPrototype.get("values"), Property.HIDDEN);
    }

    /** ECMA-262 §13.2.8.4 GetTemplateObject: one frozen strings array with .raw per call site. */
    private JsArray templateObject(Compiler.TemplateSite site) {
        return templateObjects.computeIfAbsent(site, s -> {
            List<Object> cooked = new ArrayList<>();
            List<Object> raw = new ArrayList<>();
            for (Object part : s.parts) {
                String[] pair = (String[]) part;
                cooked.add(pair[0] == null ? Undefined.INSTANCE : pair[0]);
                raw.add(pair[1]);
            }
            JsArray strings = realm.newArray(cooked);
            JsArray rawArray = realm.newArray(raw);
            freeze(rawArray);
            strings.defineOwn("raw", rawArray, 0);
            freeze(strings);
            return strings;
        });
    }

    static void freeze(JsObject o) {
        for (Object key : o.ownPropertyKeys()) {
            PropertyDescriptor d = new PropertyDescriptor();
            d.configurable = false;
            Property p = o.getOwnProperty(key);
            if (p != null && !p.isAccessor()) {
                d.writable = false;
            }
            o.defineOwnProperty(key, d);
        }
        o.preventExtensions();
    }
}
