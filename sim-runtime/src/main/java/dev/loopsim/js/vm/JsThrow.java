package dev.loopsim.js.vm;

/**
 * A JavaScript exception in flight through Java code: {@code throw value}. Carries no Java stack trace,
 * since scripts throw often and the trace would be Java's, not the script's.
 */
public final class JsThrow extends RuntimeException {
    private final transient Object value;

    public JsThrow(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The thrown JavaScript value. */
    public Object value() {
        return value;
    }

    @Override
    public String getMessage() {
        return "JavaScript exception: " + value;
    }
}
