package dev.loopsim.js.vm;

/**
 * One activation of a function, on the heap: program counter, operand stack, environment and the values
 * the code reads as this, new.target and arguments. A suspended generator or async function is just a
 * frame that the interpreter will run again.
 */
final class Frame {
    final ScriptFunction function;
    final FunctionTemplate template;
    final Object[] args;
    Object thisValue;
    final Object newTarget;
    Env env;
    int envDepth;
    int pc;
    Object[] stack;
    int sp;
    /** The exception a catch or finally handler is about to receive. */
    Object caught;
    /** Set when the frame suspended at a yield or await instead of returning. */
    boolean suspended;
    /** Which instruction suspended it (INITIAL_YIELD, YIELD, YIELD_STAR or AWAIT). */
    Op lastSuspension;
    /** The arguments object, made on first use so every mention of it is the same object. */
    Object argumentsObject;

    Frame(
            ScriptFunction function,
            FunctionTemplate template,
            Env env,
            Object thisValue,
            Object newTarget,
            Object[] args) {
        this.function = function;
        this.template = template;
        this.env = env;
        this.thisValue = thisValue;
        this.newTarget = newTarget;
        this.args = args;
        this.stack = new Object[16];
    }

    void push(Object value) {
        if (sp == stack.length) {
            stack = java.util.Arrays.copyOf(stack, sp * 2);
        }
        stack[sp++] = value;
    }

    Object pop() {
        Object v = stack[--sp];
        stack[sp] = null;
        return v;
    }

    Object peek() {
        return stack[sp - 1];
    }
}
