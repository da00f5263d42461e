package dev.loopsim.js.value;

import java.util.ArrayList;
import java.util.List;

/** A promise's internal slots (ECMA-262 §27.2.6): state, result, pending reactions, and [[PromiseIsHandled]]. */
public final class JsPromise extends JsObject {
    public enum State {
        PENDING,
        FULFILLED,
        REJECTED
    }

    public State state = State.PENDING;
    public Object result = Undefined.INSTANCE;
    public List<Object> fulfillReactions = new ArrayList<>();
    public List<Object> rejectReactions = new ArrayList<>();
    public boolean isHandled;
    /** The trace's number for this promise (0 when the run is not traced). */
    public long traceId;

    public JsPromise(JsObject prototype) {
        super(prototype);
    }

    @Override
    public String className() {
        return "Promise";
    }
}
