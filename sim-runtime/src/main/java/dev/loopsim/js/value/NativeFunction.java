package dev.loopsim.js.value;

/** A built-in function implemented in Java. */
public final class NativeFunction extends JsFunction {

    /** The Java body of a built-in; {@code newTarget} is null for a plain call. */
    @FunctionalInterface
    public interface Body {
        Object apply(Object thisArg, Object[] args, JsObject newTarget);
    }

    private final Body body;
    private final boolean constructor;

    public NativeFunction(JsObject prototype, String name, int length, boolean constructor, Body body) {
        super(prototype);
        this.body = body;
        this.constructor = constructor;
        defineOwn("length", (double) length, Property.CONFIGURABLE);
        defineOwn("name", name, Property.CONFIGURABLE);
    }

    @Override
    public Object call(Object thisArg, Object[] args) {
        return body.apply(thisArg, args, null);
    }

    @Override
    public boolean isConstructor() {
        return constructor;
    }

    @Override
    public Object construct(Object[] args, JsObject newTarget) {
        return body.apply(null, args, newTarget);
    }
}
