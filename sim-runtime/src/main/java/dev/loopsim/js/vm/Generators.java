package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;

/**
 * Generator objects (ECMA-262 §27.5): a suspended frame driven by next/return/throw. {@code yield*} is run
 * here, by forwarding each request to the inner iterator until it is done.
 */
final class Generators {
    private Generators() {}

    private static final Object[] NO_ARGS = new Object[0];

    enum State {
        SUSPENDED_START,
        SUSPENDED_YIELD,
        EXECUTING,
        COMPLETED
    }

    /** A generator instance: its frame, its state, and the iterator a yield* is delegating to. */
    static final class Generator extends JsObject {
        final Frame frame;
        State state = State.SUSPENDED_START;
        Iteration.Record delegate;

        Generator(JsObject prototype, Frame frame) {
            super(prototype);
            this.frame = frame;
        }

        @Override
        public String className() {
            return "Generator";
        }
    }

    enum Mode {
        NEXT,
        RETURN,
        THROW
    }

    /** Calling a generator function: parameters are bound, the body waits for the first next(). */
    static Object start(Realm realm, Interpreter interpreter, Frame frame, boolean async) {
        if (async) {
            return AsyncGenerators.start(realm, interpreter, frame);
        }
        Object proto = frame.function.get("prototype");
        Generator g = new Generator(proto instanceof JsObject p ? p : realm.generatorPrototype, frame);
        interpreter.resume(frame); // runs to INITIAL_YIELD
        return g;
    }

    /** ECMA-262 §27.5.3.3 GeneratorResume and §27.5.3.4 GeneratorResumeAbrupt. */
    static Object resume(Realm realm, Object thisValue, Mode mode, Object value, String method) {
        if (!(thisValue instanceof Generator g)) {
            throw realm.typeError(
                    method + " method called on incompatible receiver " + Operations.toDisplay(thisValue));
        }
        if (g.state == State.EXECUTING) {
            throw realm.typeError("Generator is already running");
        }
        if (g.state == State.SUSPENDED_START && mode != Mode.NEXT) {
            g.state = State.COMPLETED;
        }
        if (g.state == State.COMPLETED) {
            if (mode == Mode.THROW) {
                throw new JsThrow(value);
            }
            return iterResult(realm, mode == Mode.RETURN ? value : Undefined.INSTANCE, true);
        }
        Interpreter interpreter = realm.interpreter();
        g.state = State.EXECUTING;
        try {
            Object result;
            if (g.delegate != null) {
                DelegateStep step;
                try {
                    step = delegateStep(realm, g, mode, value);
                } catch (JsThrow inner) {
                    // The inner iterator threw: the yield* expression throws, inside the outer frame.
                    g.delegate = null;
                    return afterRun(realm, g, interpreter.throwInto(g.frame, inner.value()));
                }
                if (!step.done()) {
                    g.state = State.SUSPENDED_YIELD;
                    return step.result();
                }
                g.delegate = null;
                result = continueAfterDelegation(interpreter, g, step);
            } else if (mode == Mode.NEXT) {
                if (g.frame.lastSuspension != Op.INITIAL_YIELD) {
                    g.frame.push(value);
                }
                result = interpreter.resume(g.frame);
            } else {
                result = interpreter.throwInto(
                        g.frame, mode == Mode.RETURN ? new Interpreter.ReturnMarker(value) : value);
            }
            return afterRun(realm, g, result);
        } catch (JsThrow e) {
            g.state = State.COMPLETED;
            throw e;
        }
    }

    /** What a frame run ended with: a yield, a new yield* delegation, or the end of the generator. */
    private static Object afterRun(Realm realm, Generator g, Object result) {
        while (g.frame.suspended && g.frame.lastSuspension == Op.YIELD_STAR) {
            g.delegate = Iteration.getIterator(realm, result);
            DelegateStep step = delegateStep(realm, g, Mode.NEXT, Undefined.INSTANCE);
            if (!step.done()) {
                g.state = State.SUSPENDED_YIELD;
                return step.result();
            }
            g.delegate = null;
            result = continueAfterDelegation(realm.interpreter(), g, step);
        }
        if (g.frame.suspended) {
            g.state = State.SUSPENDED_YIELD;
            return iterResult(realm, result, false);
        }
        g.state = State.COMPLETED;
        return iterResult(realm, result, true);
    }

    /** One step of yield*: the inner iterator's result object, and whether the delegation is over. */
    record DelegateStep(JsObject result, boolean done, boolean returned) {}

    private static DelegateStep delegateStep(Realm realm, Generator g, Mode mode, Object value) {
        Iteration.Record inner = g.delegate;
        Object method =
                switch (mode) {
                    case NEXT -> inner.next();
                    case RETURN -> Operations.getMethod(realm, inner.iterator(), "return");
                    case THROW -> Operations.getMethod(realm, inner.iterator(), "throw");
                };
        if (method == Undefined.INSTANCE) {
            if (mode == Mode.THROW) {
                Iteration.close(realm, inner.iterator(), false);
                throw realm.typeError("The iterator does not provide a 'throw' method");
            }
            // return() with no inner return method: the outer generator returns value.
            JsObject r = realm.newObject();
            r.set("value", value);
            return new DelegateStep(r, true, true);
        }
        Object result = Operations.call(realm, method, inner.iterator(), new Object[] {value});
        if (!(result instanceof JsObject r)) {
            throw realm.typeError("Iterator result " + Operations.toDisplay(result) + " is not an object");
        }
        boolean done = Values.toBoolean(r.get("done"));
        return new DelegateStep(r, done, done && mode == Mode.RETURN);
    }

    /** The yield* expression's value goes back into the frame (or the generator returns it). */
    private static Object continueAfterDelegation(Interpreter interpreter, Generator g, DelegateStep step) {
        Object value = step.result().get("value");
        if (step.returned()) {
            return interpreter.throwInto(g.frame, new Interpreter.ReturnMarker(value));
        }
        g.frame.push(value);
        return interpreter.resume(g.frame);
    }

    /** ECMA-262 §7.4.14 CreateIterResultObject. */
    static JsObject iterResult(Realm realm, Object value, boolean done) {
        JsObject r = realm.newObject();
        r.defineOwn("value", value, Property.DEFAULT);
        r.defineOwn("done", done, Property.DEFAULT);
        return r;
    }

    /** %GeneratorPrototype%.next/return/throw, installed on the realm's generator prototype. */
    static void install(Realm realm) {
        realm.method(realm.generatorPrototype, "next", 1, (t, a, n) -> resume(realm, t, Mode.NEXT, arg(a), "next"));
        realm.method(
                realm.generatorPrototype, "return", 1, (t, a, n) -> resume(realm, t, Mode.RETURN, arg(a), "return"));
        realm.method(realm.generatorPrototype, "throw", 1, (t, a, n) -> resume(realm, t, Mode.THROW, arg(a), "throw"));
        realm.iteratorPrototype.defineOwn(
                dev.loopsim.js.value.JsSymbol.ITERATOR,
                realm.function("[Symbol.iterator]", 0, (t, a, n) -> t),
                Property.HIDDEN);
        realm.generatorPrototype.defineOwn(
                dev.loopsim.js.value.JsSymbol.TO_STRING_TAG, "Generator", Property.CONFIGURABLE);
    }

    static Object arg(Object[] a) {
        return a.length > 0 ? a[0] : Undefined.INSTANCE;
    }
}
