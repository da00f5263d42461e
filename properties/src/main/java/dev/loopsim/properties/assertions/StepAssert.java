package dev.loopsim.properties.assertions;

import dev.loopsim.trace.TraceEvent;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions about one step of a trace — the first console event that printed a given line — against
 * other steps and the virtual clock: {@code ran("b").before("a")}, {@code ran("x").at(150)}.
 */
public final class StepAssert extends AbstractAssert<StepAssert, TraceEvent> {
    private final List<TraceEvent> trace;
    private final String label;

    StepAssert(List<TraceEvent> trace, String label, TraceEvent step) {
        super(step, StepAssert.class);
        this.trace = trace;
        this.label = label;
    }

    /** The console event of this step. */
    TraceEvent event() {
        return actual;
    }

    /** This step ran before the first step that printed {@code other}, which ran too. */
    public StepAssert before(String other) {
        TraceEvent that = other(other, "before");
        if (that.seq() < actual.seq()) {
            throw failure(
                    "%s",
                    "Expected '" + label + "' to run before '" + other + "', but '" + other + "' ran first:"
                            + TraceExcerpt.around(trace, that, actual));
        }
        return this;
    }

    /** This step ran after the first step that printed {@code other}, which ran too. */
    public StepAssert after(String other) {
        TraceEvent that = other(other, "after");
        if (that.seq() > actual.seq()) {
            throw failure(
                    "%s",
                    "Expected '" + label + "' to run after '" + other + "', but '" + label + "' ran first:"
                            + TraceExcerpt.around(trace, actual, that));
        }
        return this;
    }

    /** This step ran at virtual millisecond {@code ms} (whole milliseconds, as node's timers count). */
    public StepAssert at(long ms) {
        return between(ms, ms);
    }

    /** This step ran between virtual milliseconds {@code fromMs} and {@code toMs}, both included. */
    public StepAssert between(long fromMs, long toMs) {
        long ms = Steps.millis(actual);
        if (ms < fromMs || ms > toMs) {
            String expected = fromMs == toMs ? "at " + fromMs + " ms" : "between " + fromMs + " and " + toMs + " ms";
            throw failure(
                    "%s",
                    "Expected '" + label + "' to run " + expected + ", but it ran at " + actual.time() + " ms:"
                            + TraceExcerpt.around(trace, actual));
        }
        return this;
    }

    /** Another step of the same trace, to chain: {@code ran("a").before("b").ran("c").at(150)}. */
    public StepAssert ran(String other) {
        TraceAssert traceAssert = new TraceAssert(trace);
        return (info.hasDescription() ? traceAssert.as(info.description()) : traceAssert).ran(other);
    }

    private TraceEvent other(String other, String relation) {
        Optional<TraceEvent> that = Steps.first(trace, other);
        if (that.isEmpty()) {
            throw failure(
                    "%s",
                    "Expected '" + label + "' to run " + relation + " '" + other + "', but '" + other
                            + "' never ran; the run printed " + Steps.quoted(Steps.printed(trace), 12) + ":"
                            + TraceExcerpt.around(trace, actual));
        }
        return that.get();
    }
}
