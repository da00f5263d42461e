package dev.loopsim.js.value;

/** The JavaScript value {@code undefined}. */
public enum Undefined {
    INSTANCE;

    @Override
    public String toString() {
        return "undefined";
    }
}
