package dev.loopsim.properties.gen;

import java.util.ArrayList;
import java.util.List;

/**
 * A focused generated program for node's default unhandled-rejections mode: the main script and one to
 * four timers (each due at a different ms), each printing its label and queueing a nextTick and a
 * microtask that print theirs; in one of these macrotasks a promise rejects, and a handler is attached
 * at once, from a nextTick, from a microtask, some promise hops later — all in the same drain — or from a
 * later macrotask, or never.
 */
public record RejectionProgram(List<Integer> delays, int rejectingMacrotask, Handling handling, String text) {

    /** When the rejected promise gets its handler. */
    public enum Handling {
        AT_ONCE(true),
        IN_A_NEXT_TICK(true),
        IN_A_MICROTASK(true),
        SOME_HOPS_LATER(true),
        IN_AN_IMMEDIATE(false),
        IN_A_LATER_TIMER(false),
        NEVER(false);

        /** Whether the handler comes within the drain of the rejection, and so in time. */
        public final boolean inTime;

        Handling(boolean inTime) {
            this.inTime = inTime;
        }
    }

    public RejectionProgram {
        delays = List.copyOf(delays);
    }

    /** The label of macrotask {@code k}: {@code m0} the main script, {@code m1…} the timers by due time. */
    public static String macrotask(int k) {
        return "m" + k;
    }

    public static RejectionProgram generate(Draws draws) {
        int timers = 1 + draws.below(4);
        List<Integer> delays = new ArrayList<>();
        int delay = 0;
        for (int i = 0; i < timers; i++) {
            delay += 1 + draws.below(10);
            delays.add(delay);
        }
        int rejecting = draws.below(timers + 1);
        Handling handling = Handling.values()[draws.below(Handling.values().length)];
        int hops = 1 + draws.below(5);
        // Timers are created in a drawn order; they fire by due time, and are labelled by it.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < timers; i++) {
            order.add(draws.below(order.size() + 1), i + 1);
        }
        StringBuilder b = new StringBuilder();
        b.append(body(0, rejecting, handling, hops, ""));
        for (int k : order) {
            b.append("setTimeout(() => {\n")
                    .append(body(k, rejecting, handling, hops, "  "))
                    .append("}, ")
                    .append(delays.get(k - 1))
                    .append(");\n");
        }
        return new RejectionProgram(delays, rejecting, handling, b.toString());
    }

    private static String body(int k, int rejecting, Handling handling, int hops, String indent) {
        String m = macrotask(k);
        StringBuilder b = new StringBuilder();
        b.append(indent).append("console.log('").append(m).append("');\n");
        b.append(indent)
                .append("process.nextTick(() => console.log('")
                .append(m)
                .append(".tick'));\n");
        b.append(indent).append("queueMicrotask(() => console.log('").append(m).append(".microtask'));\n");
        if (k == rejecting) {
            b.append(indent).append("const p = Promise.reject(new Error('boom'));\n");
            String attach = "p.catch((e) => console.log('caught', e.message))";
            b.append(indent)
                    .append(
                            switch (handling) {
                                case AT_ONCE -> attach + ";";
                                case IN_A_NEXT_TICK -> "process.nextTick(() => " + attach + ");";
                                case IN_A_MICROTASK -> "queueMicrotask(() => " + attach + ");";
                                case SOME_HOPS_LATER ->
                                    "Promise.resolve()" + ".then(() => 0)".repeat(hops) + ".then(() => " + attach
                                            + ");";
                                case IN_AN_IMMEDIATE -> "setImmediate(() => " + attach + ");";
                                case IN_A_LATER_TIMER -> "setTimeout(() => " + attach + ", 0);";
                                case NEVER -> "// no handler";
                            })
                    .append('\n');
        }
        return b.toString();
    }
}
