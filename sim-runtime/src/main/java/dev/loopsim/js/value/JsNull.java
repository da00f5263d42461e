package dev.loopsim.js.value;

/** The JavaScript value {@code null}. */
public enum JsNull {
    INSTANCE;

    @Override
    public String toString() {
        return "null";
    }
}
