package dev.loopsim.js.vm;

import dev.loopsim.js.syntax.Span;

/**
 * The compiled form of one function (or of a whole script): bytecode, constant pool, exception table and
 * the facts the interpreter needs to call it. Immutable once compiled, so one template serves every
 * closure made from it and every run of the scenario.
 */
public final class FunctionTemplate {
    /** How a function is called and what {@code this} means in it. */
    public enum Kind {
        NORMAL,
        ARROW,
        METHOD,
        CLASS_CONSTRUCTOR,
        DERIVED_CONSTRUCTOR,
        SCRIPT,
        /** A module body: strict, {@code this} undefined, suspended after its prologue until evaluated. */
        MODULE
    }

    /** One protected range: a throw between {@code start} and {@code end} continues at {@code handler}. */
    record Handler(int start, int end, int handler, int stackDepth, int envDepth) {}

    final String name;
    final Kind kind;
    final boolean strict;
    final boolean isAsync;
    final boolean isGenerator;
    /** The {@code length} property: parameters before the first default or rest. */
    final int length;
    /** Slots of the function's own environment: parameters, vars, top-level lexical declarations. */
    final int envSize;

    final int[] code;
    final Object[] constants;
    final Handler[] handlers;
    /** For each pc, the source offset it came from (for stack traces and the trace); -1 where unknown. */
    final int[] positions;

    final Span span;
    /** The class field initialiser function of a constructor, or null. */
    FunctionTemplate fieldInitializer;
    /** A named function expression: its closure gets an environment binding its own name. */
    boolean selfBinding;
    /**
     * For a sloppy function with simple, distinct parameters: how many there are, since its arguments
     * object aliases them (parameter i is slot i); -1 when its arguments object is unmapped.
     */
    int mappedParameters = -1;

    FunctionTemplate(
            String name,
            Kind kind,
            boolean strict,
            boolean isAsync,
            boolean isGenerator,
            int length,
            int envSize,
            int[] code,
            Object[] constants,
            Handler[] handlers,
            int[] positions,
            Span span) {
        this.name = name;
        this.kind = kind;
        this.strict = strict;
        this.isAsync = isAsync;
        this.isGenerator = isGenerator;
        this.length = length;
        this.envSize = envSize;
        this.code = code;
        this.constants = constants;
        this.handlers = handlers;
        this.positions = positions;
        this.span = span;
    }

    public String name() {
        return name;
    }

    /** The function's source text, as Function.prototype.toString returns it; null for made-up code. */
    public String sourceText() {
        if (span == null || span.source() == null || span.end() <= span.start()) {
            return null;
        }
        return span.source().text().substring(span.start(), span.end());
    }

    boolean isClassConstructor() {
        return kind == Kind.CLASS_CONSTRUCTOR || kind == Kind.DERIVED_CONSTRUCTOR;
    }

    /** A readable listing of the bytecode, for tests and for people debugging the compiler. */
    public String disassemble() {
        StringBuilder out = new StringBuilder();
        for (int pc = 0; pc < code.length; ) {
            Op op = Op.VALUES[code[pc]];
            out.append(String.format("%4d %s", pc, op));
            for (int i = 1; i <= op.operands; i++) {
                out.append(' ').append(code[pc + i]);
            }
            if ((op == Op.CONST || op == Op.GET_PROP || op == Op.SET_PROP || op == Op.GET_GLOBAL)
                    && code[pc + 1] < constants.length) {
                out.append("  ; ").append(constants[code[pc + 1]]);
            }
            out.append('\n');
            pc += 1 + op.operands;
        }
        return out.toString();
    }
}
