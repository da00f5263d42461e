package dev.loopsim.js.vm;

/**
 * Every instruction of the VM, with its operand count and stack effect (values pushed minus popped;
 * {@link #VARIABLE} where it depends on an operand). Operands follow the opcode in the code array as
 * ints: constant-pool indices, environment depth and slot, jump targets (absolute), argument counts.
 */
public enum Op {
    // ---- constants and the stack
    UNDEFINED(0, 1),
    NULL(0, 1),
    TRUE(0, 1),
    FALSE(0, 1),
    /** constant index: a Double or String from the pool. */
    CONST(1, 1),
    POP(0, -1),
    DUP(0, 1),
    /** a b → a b a b */
    DUP2(0, 2),
    /** a b → b a */
    SWAP(0, 0),
    /** a b c → c a b (the top goes under the two below it) */
    ROT3(0, 0),
    /** a b c d → d a b c */
    ROT4(0, 0),

    // ---- bindings: environments are chains of slot arrays; depth counts outward from the current one
    /** depth, slot */
    GET_VAR(2, 1),
    /** depth, slot, name constant: throws the TDZ ReferenceError on an uninitialised let/const/class. */
    GET_VAR_CHECKED(3, 1),
    /** depth, slot: stores the top, keeps it. */
    SET_VAR(2, 0),
    /** depth, slot, name constant: TDZ check, then stores. */
    SET_VAR_CHECKED(3, 0),
    /** name constant: assignment to a const binding, always a TypeError. */
    THROW_CONST_ASSIGN(1, 0),
    /**
     * depth, slot, name constant: reads an import binding, following it to the exporting module's slot
     * (a live binding); the TDZ ReferenceError while that slot is uninitialised.
     */
    GET_IMPORT(3, 1),
    /** referrer, specifier → promise: dynamic {@code import()} (ECMA-262 §13.3.10.1). */
    IMPORT_CALL(0, -1),
    /** name constant: global object property, ReferenceError when absent. */
    GET_GLOBAL(1, 1),
    /** name constant: as GET_GLOBAL but undefined when absent (typeof x). */
    TYPEOF_GLOBAL(1, 1),
    /** name constant, strict flag: keeps the value. */
    SET_GLOBAL(2, 0),
    /** slot count: a new block environment whose parent is the current one. */
    PUSH_ENV(1, 0),
    POP_ENV(0, 0),
    /** A fresh copy of the current environment: per-iteration bindings of for (let …). */
    COPY_ENV(0, 0),

    // ---- this, arguments, functions
    THIS(0, 1),
    NEW_TARGET(0, 1),
    /** An unmapped arguments object of the current call. */
    ARGUMENTS(0, 1),
    /** index: the argument at index, or undefined. */
    GET_ARG(1, 1),
    /** start index: an array of the arguments from start on. */
    REST_ARGS(1, 1),
    /** template constant: a closure over the current environment. */
    CLOSURE(1, 1),
    /** super constructor call with argc arguments: binds this. */
    SUPER_CALL(1, Op.VARIABLE),
    /** super(...args): args array on the stack. */
    SUPER_CALL_SPREAD(0, 0),
    /** The home object's prototype: base for super.x. */
    SUPER_BASE(0, 1),

    // ---- properties
    /** name constant: obj → value */
    GET_PROP(1, 0),
    /** name constant: obj value → value */
    SET_PROP(1, -1),
    /** obj key → value */
    GET_ELEM(0, -1),
    /** obj key value → value */
    SET_ELEM(0, -2),
    /** receiver key base → value: super.x reads from base with this receiver. */
    GET_SUPER_ELEM(0, -2),
    /** receiver key base value → value */
    SET_SUPER_ELEM(0, -3),
    /** strict flag: obj key → boolean */
    DELETE_ELEM(1, -1),
    /** obj key → boolean (key in obj) */
    IN(0, -1),
    /** key obj → boolean (#x in obj); private keys are per-class-evaluation values held in bindings */
    PRIVATE_IN(0, -1),
    /** obj key → value */
    GET_PRIVATE(0, -1),
    /** obj key value → value */
    SET_PRIVATE(0, -2),

    // ---- operators
    ADD(0, -1),
    SUB(0, -1),
    MUL(0, -1),
    DIV(0, -1),
    MOD(0, -1),
    EXP(0, -1),
    BIT_AND(0, -1),
    BIT_OR(0, -1),
    BIT_XOR(0, -1),
    SHL(0, -1),
    SHR(0, -1),
    USHR(0, -1),
    EQ(0, -1),
    NE(0, -1),
    STRICT_EQ(0, -1),
    STRICT_NE(0, -1),
    LT(0, -1),
    LE(0, -1),
    GT(0, -1),
    GE(0, -1),
    INSTANCEOF(0, -1),
    NEG(0, 0),
    PLUS(0, 0),
    NOT(0, 0),
    BIT_NOT(0, 0),
    TYPEOF(0, 0),
    /** ToNumeric, for x++ which yields the old value as a number. */
    TO_NUMERIC(0, 0),
    INC(0, 0),
    DEC(0, 0),
    /** ToPropertyKey of the top: computed keys are converted once, before the value is evaluated. */
    TO_PROPERTY_KEY(0, 0),

    // ---- jumps (absolute targets)
    JUMP(1, 0),
    /** pops */
    JUMP_IF_FALSE(1, -1),
    /** pops */
    JUMP_IF_TRUE(1, -1),
    /** keeps the value when jumping, pops it otherwise (&&) */
    JUMP_IF_FALSE_KEEP(1, Op.VARIABLE),
    /** keeps the value when jumping, pops it otherwise (||) */
    JUMP_IF_TRUE_KEEP(1, Op.VARIABLE),
    /** keeps the value when jumping, pops it otherwise (??) */
    JUMP_IF_NOT_NULLISH_KEEP(1, Op.VARIABLE),
    /** does not pop: jumps when the top is null or undefined (optional chaining) */
    JUMP_IF_NULLISH(1, 0),
    /** does not pop: jumps when the top is undefined (default values) */
    JUMP_IF_UNDEFINED(1, 0),

    // ---- calls
    /** argc, callee-text constant (-1 if none, for messages): callee this args… → result */
    CALL(2, Op.VARIABLE),
    /** callee-text constant: callee this argsArray → result */
    CALL_SPREAD(1, -2),
    /** argc, callee-text constant: callee args… → result */
    NEW(2, Op.VARIABLE),
    /** callee-text constant: callee argsArray → result */
    NEW_SPREAD(1, -1),
    RETURN(0, -1),
    THROW(0, -1),
    /** message constant: throws a TypeError (e.g. a class constructor called without new). */
    THROW_TYPE_ERROR(1, 0),

    // ---- literals
    NEW_OBJECT(0, 1),
    /** count: v1…vn → array */
    NEW_ARRAY(1, Op.VARIABLE),
    /** array value → array */
    ARRAY_PUSH(0, -1),
    /** array → array (a hole) */
    ARRAY_HOLE(0, 0),
    /** source-text constant: array iterable → array */
    ARRAY_SPREAD(1, -1),
    /** name constant: obj value → obj (a data property, enumerable) */
    DEFINE_FIELD(1, -1),
    /** obj key value → obj */
    DEFINE_ELEM(0, -2),
    /** enumerable flag: obj key getter → obj */
    DEFINE_GETTER(1, -2),
    /** enumerable flag: obj key setter → obj */
    DEFINE_SETTER(1, -2),
    /** enumerable flag: obj key function → obj (a method: sets its home object) */
    DEFINE_METHOD(1, -2),
    /** obj source → obj (object spread) */
    COPY_DATA_PROPERTIES(0, -1),
    /** obj value → obj: {@code __proto__: value} in an object literal */
    SET_PROTOTYPE(0, -1),
    /** excluded-key count: source k1…kn → rest object (object rest in patterns) */
    OBJECT_REST(1, Op.VARIABLE),
    /** pattern and flags constants */
    REGEXP(2, 1),
    /** template-object constant index: the frozen strings array of a tagged template (cached per site) */
    TEMPLATE_OBJECT(1, 1),
    /** count: parts → string (template literal concatenation with ToString) */
    CONCAT(1, Op.VARIABLE),

    // ---- classes
    /**
     * constructor template, has-heritage flag, field-initialiser template (or -1):
     * [heritage] → constructor prototype
     */
    CLASS(3, Op.VARIABLE),
    /** description constant: a new private name (one per evaluation of the class body) */
    NEW_PRIVATE_NAME(1, 1),
    /** element kind (0 field, 1 method, 2 getter, 3 setter): obj key value → obj */
    DEFINE_PRIVATE(1, -2),

    // ---- iteration
    /** source-text constant (-1: none), for "x is not iterable": iterable → iterator next */
    GET_ITERATOR(1, 1),
    /** source-text constant: iterable → iterator next (async, falling back to a sync iterator) */
    GET_ASYNC_ITERATOR(1, 1),
    /** exit target: iterator next → value, or jumps to target (done) with nothing pushed */
    ITERATOR_STEP(1, Op.VARIABLE),
    /** async variant: iterator next → the promise of the next result (await it, then ASYNC_ITERATOR_RESULT) */
    ASYNC_ITERATOR_NEXT(0, -1),
    /** exit target: result → value, or jumps to target (done) with nothing pushed */
    ASYNC_ITERATOR_RESULT(1, Op.VARIABLE),
    /** iterator next → array of the remaining values (a rest element) */
    ITERATOR_REST(0, -1),
    /** iterator next → (calls its return method, if any; a non-object result is a TypeError) */
    ITERATOR_CLOSE(0, -2),
    /** iterator next → what its return method gave (undefined without one): AsyncIteratorClose awaits it */
    ASYNC_ITERATOR_CLOSE(0, -1),
    /** iterator next → (calls return for an exception in flight: its errors are ignored) */
    ITERATOR_CLOSE_QUIETLY(0, -2),
    /** obj → for-in enumerator */
    FOR_IN_START(0, 0),
    /** target constant: enumerator → enumerator key, or jumps to target with the enumerator popped */
    FOR_IN_NEXT(1, Op.VARIABLE),

    // ---- generators and async functions
    /** value → received value (suspends the frame) */
    YIELD(0, 0),
    /** value → awaited value (suspends the frame) */
    AWAIT(0, 0),
    /** The generator's first suspension, before its body runs. */
    INITIAL_YIELD(0, 0),
    /** iterable → result of the delegation (yield*) */
    YIELD_STAR(0, 0),

    // ---- exceptions and finally: completion records live in two locals of the frame's environment
    /** Marks the start of a finally block entered normally. */
    NOP(0, 0),
    /** kind constant, slot: pushes nothing; records how a finally block was entered */
    SET_COMPLETION(2, 0),
    /**
     * slot, return stub (-1: return from the function): after a finally block, resumes the completion
     * recorded in slot. A return continues at the stub when an outer finally must run first.
     */
    END_FINALLY(2, 0),
    /** Pushes the exception being handled, at the start of a catch handler (a generator's return passes on). */
    CAUGHT(0, 1),
    /** Pushes whatever ended the protected range, at the start of a finally handler. */
    CAUGHT_ANY(0, 1),
    DEBUGGER(0, 0);

    public static final int VARIABLE = Integer.MIN_VALUE;

    /** How many int operands follow the opcode. */
    public final int operands;

    /** Values pushed minus values popped, or {@link #VARIABLE}. */
    public final int stackEffect;

    static final Op[] VALUES = values();

    Op(int operands, int stackEffect) {
        this.operands = operands;
        this.stackEffect = stackEffect;
    }
}
