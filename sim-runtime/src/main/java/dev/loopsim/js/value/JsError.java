package dev.loopsim.js.value;

/** An object with ECMA-262's [[ErrorData]]: what {@code new Error(…)} and its subclasses create. */
public final class JsError extends JsObject {
    public JsError(JsObject prototype) {
        super(prototype);
    }

    @Override
    public String className() {
        return "Error";
    }
}
