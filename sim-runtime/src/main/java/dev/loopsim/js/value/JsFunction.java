package dev.loopsim.js.value;

/**
 * A callable object. Script functions, built-ins and bound functions extend it; each knows how to run
 * itself, so internal methods such as [[Get]] can call getters without being handed an interpreter.
 */
public abstract class JsFunction extends JsObject {

    protected JsFunction(JsObject prototype) {
        super(prototype);
    }

    /** ECMA-262 [[Call]]. */
    public abstract Object call(Object thisArg, Object[] args);

    /** Whether [[Construct]] exists: {@code new f()} is allowed. */
    public boolean isConstructor() {
        return false;
    }

    /** ECMA-262 [[Construct]]; only called when {@link #isConstructor()}. */
    public Object construct(Object[] args, JsObject newTarget) {
        throw new IllegalStateException("not a constructor");
    }

    /** The function's {@code name} as an own data property holds it, for messages and inspection. */
    public String debugName() {
        Property p = getOwnProperty("name");
        return p != null && !p.isAccessor() && p.value() instanceof String s ? s : "";
    }

    @Override
    public String className() {
        return "Function";
    }
}
