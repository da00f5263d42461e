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

    /** A throw already placed at a source position, e.g. a SyntaxError at its offending token in a file. */
    public static JsThrow at(Object value, dev.loopsim.js.syntax.Source source, int offset) {
        JsThrow t = new JsThrow(value);
        t.stamp(source, offset);
        return t;
    }

    /** The thrown JavaScript value. */
    public Object value() {
        return value;
    }

    private transient dev.loopsim.js.syntax.Source source;
    private int offset = -1;

    /** Records where the exception arose, the first time a frame sees it (Node prints that line). */
    void stamp(dev.loopsim.js.syntax.Source source, int offset) {
        if (this.offset < 0 && source != null && offset >= 0) {
            this.source = source;
            this.offset = offset;
        }
    }

    /** The source of the faulting instruction, or null when not known. */
    public dev.loopsim.js.syntax.Source source() {
        return source;
    }

    /** Offset of the faulting instruction in {@link #source()}, or -1. */
    public int offset() {
        return offset;
    }

    @Override
    public String getMessage() {
        return "JavaScript exception: " + value;
    }
}
