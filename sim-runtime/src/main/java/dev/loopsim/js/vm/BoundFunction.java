package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsFunction;
import dev.loopsim.js.value.JsObject;

/** ECMA-262 §10.4.1 bound function exotic object: {@code f.bind(thisArg, ...args)}. */
public final class BoundFunction extends JsFunction {
    private final JsFunction target;
    private final Object boundThis;
    private final Object[] boundArgs;

    public BoundFunction(JsObject prototype, JsFunction target, Object boundThis, Object[] boundArgs) {
        super(prototype);
        this.target = target;
        this.boundThis = boundThis;
        this.boundArgs = boundArgs;
    }

    public JsFunction target() {
        return target;
    }

    private Object[] withBoundArgs(Object[] args) {
        Object[] all = new Object[boundArgs.length + args.length];
        System.arraycopy(boundArgs, 0, all, 0, boundArgs.length);
        System.arraycopy(args, 0, all, boundArgs.length, args.length);
        return all;
    }

    @Override
    public Object call(Object thisArg, Object[] args) {
        return target.call(boundThis, withBoundArgs(args));
    }

    @Override
    public boolean isConstructor() {
        return target.isConstructor();
    }

    @Override
    public Object construct(Object[] args, JsObject newTarget) {
        return target.construct(withBoundArgs(args), newTarget == this ? target : newTarget);
    }
}
