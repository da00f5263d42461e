package dev.loopsim.js.vm;

import java.util.Arrays;

/**
 * A runtime environment: the slots of one scope (a function's parameters and vars, or a block's lexical
 * declarations) and the environment around it. The compiler resolves each name to (depth, slot).
 */
final class Env {
    /** The value of a let/const/class binding before its declaration ran (the temporal dead zone). */
    static final Object UNINITIALIZED = new Object() {
        @Override
        public String toString() {
            return "<uninitialized>";
        }
    };

    final Env parent;
    final Object[] slots;

    Env(Env parent, int size) {
        this.parent = parent;
        this.slots = new Object[size];
        Arrays.fill(slots, UNINITIALIZED);
    }

    private Env(Env parent, Object[] slots) {
        this.parent = parent;
        this.slots = slots;
    }

    /** A copy with the same parent: each iteration of {@code for (let …)} gets its own bindings. */
    Env copy() {
        return new Env(parent, slots.clone());
    }

    Env at(int depth) {
        Env e = this;
        for (int i = 0; i < depth; i++) {
            e = e.parent;
        }
        return e;
    }
}
