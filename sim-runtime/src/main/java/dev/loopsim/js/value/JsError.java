package dev.loopsim.js.value;

/** An object with ECMA-262's [[ErrorData]]: what {@code new Error(…)} and its subclasses create. */
public final class JsError extends JsObject {
    public JsError(JsObject prototype) {
        super(prototype);
    }

    private dev.loopsim.js.syntax.Source source;
    private int offset = -1;

    /** Where the error was created: Node points there when reporting an unhandled rejection. */
    public void createdAt(dev.loopsim.js.syntax.Source source, int offset) {
        this.source = source;
        this.offset = offset;
    }

    public dev.loopsim.js.syntax.Source source() {
        return source;
    }

    public int offset() {
        return offset;
    }

    @Override
    public String className() {
        return "Error";
    }
}
