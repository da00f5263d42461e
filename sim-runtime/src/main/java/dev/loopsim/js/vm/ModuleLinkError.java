package dev.loopsim.js.vm;

import dev.loopsim.js.syntax.Source;

/**
 * Link failed (ECMA-262 §16.2.1.5.1): an import or re-export names something its module does not
 * provide. Carries the SyntaxError and where the name stands, since Node prints that line and underlines
 * the name.
 */
public final class ModuleLinkError extends RuntimeException {
    private final transient Object error;
    private final transient ModuleRecord module;
    private final int offset;
    private final int length;

    ModuleLinkError(Object error, ModuleRecord module, int offset, int length) {
        super(null, null, false, false);
        this.error = error;
        this.module = module;
        this.offset = offset;
        this.length = length;
    }

    /** The SyntaxError, as {@code import()} rejects with it. */
    public Object error() {
        return error;
    }

    /** The module whose import or export could not be resolved. */
    public Source source() {
        return module.code.template().span.source();
    }

    /** Where the unresolved name starts in {@link #source()}. */
    public int offset() {
        return offset;
    }

    /** How long the name is: Node underlines it. */
    public int length() {
        return length;
    }

    @Override
    public String getMessage() {
        return "module link error in " + module.url;
    }
}
