package dev.loopsim.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Where the simulation reports its steps. It numbers them, stamps them with the virtual clock and the
 * loop's phase, and hands them to its sinks; with no sink it does nothing, so untraced runs pay nothing
 * but a check of {@link #on()}.
 */
public final class Tracer {
    private final LongSupplier clockMicros;
    private final Supplier<String> phase;
    private final List<Consumer<TraceEvent>> sinks = new ArrayList<>();
    private long seq;
    private long nextPromiseId;

    public Tracer(LongSupplier clockMicros, Supplier<String> phase) {
        this.clockMicros = clockMicros;
        this.phase = phase;
    }

    /** Adds a sink: a recorder, a writer. */
    public void addSink(Consumer<TraceEvent> sink) {
        sinks.add(sink);
    }

    /** Whether anyone listens: callers skip building details when nobody does. */
    public boolean on() {
        return !sinks.isEmpty();
    }

    public void emit(TraceEvent.Kind kind, long id, String detail) {
        if (sinks.isEmpty()) {
            return;
        }
        TraceEvent event = new TraceEvent(++seq, clockMicros.getAsLong(), phase.get(), kind, id, detail);
        for (Consumer<TraceEvent> sink : sinks) {
            sink.accept(event);
        }
    }

    /** A new promise id, in creation order: the same run numbers its promises the same way. */
    public long nextPromiseId() {
        return ++nextPromiseId;
    }
}
