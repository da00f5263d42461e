package dev.loopsim.trace;

/**
 * One step of a run: its place in the run ({@code seq}, from 1), the virtual time in microseconds, the
 * loop phase it happened in, what happened, the id of the thing it happened to (a timer, a promise, a
 * tick; 0 when none) and a short description. A trace is a pure function of script, options and choices.
 */
public record TraceEvent(long seq, long micros, String phase, Kind kind, long id, String detail) {

    /** What happened. Each kind's wire name is its lower-case, hyphenated name. */
    public enum Kind {
        MACROTASK_START,
        MACROTASK_END,
        TICK_QUEUED,
        TICK_RUN,
        MICROTASK_RUN,
        PROMISE_CREATED,
        PROMISE_SETTLED,
        AWAIT_SUSPENDED,
        AWAIT_RESUMED,
        TIMER_SET,
        TIMER_CLEARED,
        TIMER_FIRED,
        IMMEDIATE_SET,
        IMMEDIATE_CLEARED,
        IMMEDIATE_RUN,
        IO_START,
        IO_COMPLETE,
        CONSOLE,
        UNHANDLED_REJECTION,
        REJECTION_HANDLED,
        UNCAUGHT_EXCEPTION,
        CHOICE,
        EXIT;

        /** The name in JSON and in the timeline: {@code macrotask-start}. */
        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The virtual time as milliseconds with microseconds after the point: {@code 12.003}. */
    public String time() {
        return millis(micros);
    }

    static String millis(long micros) {
        long ms = micros / 1000;
        long rest = micros % 1000;
        return rest == 0
                ? Long.toString(ms)
                : ms + "." + String.format("%03d", rest).replaceAll("0+$", "");
    }
}
