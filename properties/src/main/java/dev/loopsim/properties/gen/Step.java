package dev.loopsim.properties.gen;

/**
 * One labelled step of a generated program: the label it prints first, how it runs, and what the
 * generator knows about when it must run.
 *
 * @param anchor the label (or {@link #MAIN}) of the step whose drain this one is bound to run in — before
 *     the next macrotask starts — or null when the generator cannot tell
 * @param segment the synchronous run of code this step's own body starts (its segment id)
 * @param queuedIn the segment that queued this step's callback directly (a nextTick, queueMicrotask, a
 *     reaction to an already settled promise, an await of one), or -1
 */
public record Step(String label, Kind kind, String anchor, int segment, int queuedIn) {

    /** The anchor standing for the main script's own macrotask. */
    public static final String MAIN = "main";

    /** How a step's code is started. */
    public enum Kind {
        /** A plain {@code console.log} in the body around it. */
        SYNC,
        /** A {@code process.nextTick} callback. */
        TICK,
        /** A {@code queueMicrotask} callback. */
        QUEUE_MICROTASK,
        /** A {@code then}/{@code catch}/{@code finally} handler. */
        REACTION,
        /** The code after an {@code await}, in an async function. */
        CONTINUATION,
        /** A thenable's {@code then} method, called from a job. */
        THENABLE,
        /** A {@code setTimeout} callback. */
        TIMER,
        /** A {@code setImmediate} callback. */
        IMMEDIATE,
        /** The first handler after a fake I/O operation completes. */
        IO;

        /** Whether the callback is a job of the microtask queue (rather than a tick or a macrotask). */
        public boolean isMicrotask() {
            return this == QUEUE_MICROTASK || this == REACTION || this == CONTINUATION || this == THENABLE;
        }
    }

    /** A run of code with nothing in between: the main script, a callback, or an async function between awaits. */
    public record Segment(int id, boolean inMicrotask) {}
}
