package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsSymbol;
import dev.loopsim.js.value.Property;
import dev.loopsim.js.value.Undefined;
import dev.loopsim.js.value.Values;
import java.util.ArrayDeque;

/**
 * Async generator objects (ECMA-262 §27.6): requests queue up as promises; the frame runs for the head
 * request until it yields (after awaiting the yielded value), returns or throws.
 */
final class AsyncGenerators {
    private AsyncGenerators() {}

    enum State {
        SUSPENDED_START,
        SUSPENDED_YIELD,
        EXECUTING,
        COMPLETED
    }

    record Request(Generators.Mode mode, Object value, Promises.Capability capability) {}

    static final class AsyncGenerator extends JsObject {
        final Frame frame;
        State state = State.SUSPENDED_START;
        final ArrayDeque<Request> queue = new ArrayDeque<>();
        /** The async iterator a yield* is delegating to, or null. */
        Iteration.Record delegate;

        AsyncGenerator(JsObject prototype, Frame frame) {
            super(prototype);
            this.frame = frame;
        }

        @Override
        public String className() {
            return "AsyncGenerator";
        }
    }

    static Object start(Realm realm, Interpreter interpreter, Frame frame) {
        Object proto = frame.function.get("prototype");
        AsyncGenerator g = new AsyncGenerator(proto instanceof JsObject p ? p : realm.asyncGeneratorPrototype, frame);
        interpreter.resume(frame); // parameters, then INITIAL_YIELD
        return g;
    }

    /** ECMA-262 §27.6.3.3 AsyncGeneratorEnqueue, from next/return/throw. */
    static Object enqueue(Realm realm, Object thisValue, Generators.Mode mode, Object value) {
        Promises.Capability capability = Promises.newPromiseCapability(realm, realm.promiseConstructor());
        if (!(thisValue instanceof AsyncGenerator g)) {
            Operations.call(realm, capability.reject(), Undefined.INSTANCE, new Object[] {
                realm.typeError("not an async generator").value()
            });
            return capability.promise();
        }
        g.queue.add(new Request(mode, value, capability));
        if (g.state != State.EXECUTING) {
            resumeNext(realm, g);
        }
        return capability.promise();
    }

    /** ECMA-262 §27.6.3.10 AsyncGeneratorResumeNext (as it stood before the 2022 refactoring, same order). */
    private static void resumeNext(Realm realm, AsyncGenerator g) {
        Request next = g.queue.peek();
        if (next == null || g.state == State.EXECUTING) {
            return;
        }
        if (next.mode() != Generators.Mode.NEXT) {
            if (g.state == State.SUSPENDED_START) {
                g.state = State.COMPLETED;
            }
            if (g.state == State.COMPLETED) {
                if (next.mode() == Generators.Mode.RETURN) {
                    g.state = State.EXECUTING;
                    AsyncFunctions.await(
                            realm,
                            g.frame,
                            next.value(),
                            v -> {
                                g.state = State.COMPLETED;
                                settle(realm, g, v, true, false);
                            },
                            r -> {
                                g.state = State.COMPLETED;
                                settle(realm, g, r, true, true);
                            });
                } else {
                    settle(realm, g, next.value(), true, true);
                }
                return;
            }
        } else if (g.state == State.COMPLETED) {
            settle(realm, g, Undefined.INSTANCE, true, false);
            return;
        }
        boolean first = g.state == State.SUSPENDED_START;
        g.state = State.EXECUTING;
        Interpreter interpreter = realm.interpreter();
        if (g.delegate != null) {
            delegate(realm, g, next.mode(), next.value());
            return;
        }
        run(realm, g, () -> switch (next.mode()) {
            case NEXT -> {
                if (!first) {
                    g.frame.push(next.value());
                }
                yield interpreter.resume(g.frame);
            }
            case RETURN -> interpreter.throwInto(g.frame, new Interpreter.ReturnMarker(next.value()));
            case THROW -> interpreter.throwInto(g.frame, next.value());
        });
    }

    /** Runs the frame one stretch and reacts to how it stopped. */
    private static void run(Realm realm, AsyncGenerator g, java.util.function.Supplier<Object> stretch) {
        Interpreter interpreter = realm.interpreter();
        Object result;
        try {
            result = stretch.get();
        } catch (JsThrow e) {
            g.state = State.COMPLETED;
            settle(realm, g, e.value(), true, true);
            return;
        }
        Frame f = g.frame;
        if (!f.suspended) {
            g.state = State.COMPLETED;
            settle(realm, g, result, true, false);
            return;
        }
        switch (f.lastSuspension) {
            case AWAIT ->
                AsyncFunctions.await(
                        realm,
                        f,
                        result,
                        v -> run(realm, g, () -> {
                            f.push(v);
                            return interpreter.resume(f);
                        }),
                        r -> run(realm, g, () -> interpreter.throwInto(f, r)));
            case YIELD ->
                AsyncFunctions.await(
                        realm,
                        f,
                        result,
                        v -> {
                            g.state = State.SUSPENDED_YIELD;
                            settle(realm, g, v, false, false);
                        },
                        r -> run(realm, g, () -> interpreter.throwInto(f, r)));
            default -> {
                // yield*: every request now goes to the inner async iterator until it is done.
                try {
                    g.delegate = Iteration.getAsyncIterator(realm, result, null);
                } catch (JsThrow e) {
                    run(realm, g, () -> interpreter.throwInto(f, e.value()));
                    return;
                }
                delegate(realm, g, Generators.Mode.NEXT, Undefined.INSTANCE);
            }
        }
    }

    /**
     * One step of yield* in an async generator (ECMA-262 §15.5.5): call the inner iterator's next, throw or
     * return with the request's value, await the result, then either yield its value as is (no second
     * await, unlike a plain yield) or, when it is done, resume the frame with it.
     */
    private static void delegate(Realm realm, AsyncGenerator g, Generators.Mode mode, Object value) {
        Interpreter interpreter = realm.interpreter();
        Frame f = g.frame;
        Iteration.Record inner = g.delegate;
        Object method;
        try {
            method = switch (mode) {
                case NEXT -> inner.next();
                case THROW -> Operations.getMethod(realm, inner.iterator(), "throw");
                case RETURN -> Operations.getMethod(realm, inner.iterator(), "return");
            };
        } catch (JsThrow e) {
            g.delegate = null;
            run(realm, g, () -> interpreter.throwInto(f, e.value()));
            return;
        }
        if (method == Undefined.INSTANCE) {
            g.delegate = null;
            if (mode == Generators.Mode.THROW) {
                Iteration.close(realm, inner.iterator(), true);
                Object error = realm.typeError("The iterator does not provide a 'throw' method")
                        .value();
                run(realm, g, () -> interpreter.throwInto(f, error));
            } else {
                run(realm, g, () -> interpreter.throwInto(f, new Interpreter.ReturnMarker(value)));
            }
            return;
        }
        Object result;
        try {
            result = Operations.call(realm, method, inner.iterator(), new Object[] {value});
        } catch (JsThrow e) {
            g.delegate = null;
            run(realm, g, () -> interpreter.throwInto(f, e.value()));
            return;
        }
        AsyncFunctions.await(
                realm,
                f,
                result,
                innerResult -> {
                    if (!(innerResult instanceof JsObject r)) {
                        g.delegate = null;
                        Object error = realm.typeError(
                                        "Iterator result " + Operations.toDisplay(innerResult) + " is not an object")
                                .value();
                        run(realm, g, () -> interpreter.throwInto(f, error));
                        return;
                    }
                    Object innerValue;
                    boolean done;
                    try {
                        done = Values.toBoolean(r.get("done"));
                        innerValue = r.get("value");
                    } catch (JsThrow e) {
                        g.delegate = null;
                        run(realm, g, () -> interpreter.throwInto(f, e.value()));
                        return;
                    }
                    if (!done) {
                        g.state = State.SUSPENDED_YIELD;
                        settle(realm, g, innerValue, false, false);
                        return;
                    }
                    g.delegate = null;
                    if (mode == Generators.Mode.RETURN) {
                        run(realm, g, () -> interpreter.throwInto(f, new Interpreter.ReturnMarker(innerValue)));
                    } else {
                        run(realm, g, () -> {
                            f.push(innerValue);
                            return interpreter.resume(f);
                        });
                    }
                },
                reason -> {
                    g.delegate = null;
                    run(realm, g, () -> interpreter.throwInto(f, reason));
                });
    }

    /** Completes the head request, then serves the next one (ECMA-262 §27.6.3.4-5 and drain). */
    private static void settle(Realm realm, AsyncGenerator g, Object value, boolean done, boolean rejected) {
        Request head = g.queue.poll();
        if (head != null) {
            if (rejected) {
                Operations.call(realm, head.capability().reject(), Undefined.INSTANCE, new Object[] {value});
            } else {
                Operations.call(realm, head.capability().resolve(), Undefined.INSTANCE, new Object[] {
                    Generators.iterResult(realm, value, done)
                });
            }
        }
        resumeNext(realm, g);
    }

    static void install(Realm realm) {
        JsObject proto = realm.asyncGeneratorPrototype;
        realm.method(proto, "next", 1, (t, a, n) -> enqueue(realm, t, Generators.Mode.NEXT, Generators.arg(a)));
        realm.method(proto, "return", 1, (t, a, n) -> enqueue(realm, t, Generators.Mode.RETURN, Generators.arg(a)));
        realm.method(proto, "throw", 1, (t, a, n) -> enqueue(realm, t, Generators.Mode.THROW, Generators.arg(a)));
        proto.defineOwn(JsSymbol.TO_STRING_TAG, "AsyncGenerator", Property.CONFIGURABLE);
        proto.defineOwn(
                dev.loopsim.js.value.JsSymbol.ASYNC_ITERATOR,
                realm.function("[Symbol.asyncIterator]", 0, (t, a, n) -> t),
                dev.loopsim.js.value.Property.HIDDEN);
    }
}
