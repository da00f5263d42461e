package dev.loopsim.properties.assertions;

import dev.loopsim.trace.TraceEvent;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over a run's trace, in terms of its steps: {@code ran("b").before("a")}, where a step is the
 * console line it prints. Failures show the timeline lines around the events concerned.
 */
public final class TraceAssert extends AbstractAssert<TraceAssert, List<TraceEvent>> {

    TraceAssert(List<TraceEvent> trace) {
        super(trace, TraceAssert.class);
    }

    /** Some step printed the line {@code label}; what follows is about its first occurrence. */
    public StepAssert ran(String label) {
        requireTraced();
        Optional<TraceEvent> step = Steps.first(actual, label);
        if (step.isEmpty()) {
            throw failure(
                    "%s",
                    "Expected a step printing '" + label + "', but no console line of the run is '" + label
                            + "'; it printed " + Steps.quoted(Steps.printed(actual), 12));
        }
        StepAssert assertion = new StepAssert(actual, label, step.get());
        return info.hasDescription() ? assertion.as(info.description()) : assertion;
    }

    /** The steps printing {@code labels} all ran, the first occurrence of each after the one before it. */
    public TraceAssert ranInOrder(String... labels) {
        StepAssert previous = null;
        for (String label : labels) {
            StepAssert step = ran(label);
            if (previous != null) {
                previous.before(label);
            }
            previous = step;
        }
        return this;
    }

    /** Once the step printing {@code label} ran, nothing printed anything more. */
    public TraceAssert ranNothingAfter(String label) {
        TraceEvent step = ran(label).event();
        Optional<TraceEvent> later = actual.stream()
                .filter(e -> e.kind() == TraceEvent.Kind.CONSOLE && e.seq() > step.seq())
                .findFirst();
        if (later.isPresent()) {
            throw failure(
                    "%s",
                    "Expected nothing to run after '" + label + "', but '"
                            + Steps.lines(later.get()).get(0) + "' was printed after it:"
                            + TraceExcerpt.around(actual, step, later.get()));
        }
        return this;
    }

    /** The trace has at least one event of each of {@code kinds}. */
    public TraceAssert hasEvent(TraceEvent.Kind... kinds) {
        requireTraced();
        Set<TraceEvent.Kind> present = kinds();
        for (TraceEvent.Kind kind : kinds) {
            if (!present.contains(kind)) {
                throw failure(
                        "%s",
                        "Expected the trace to have a " + kind.wireName() + " event, but it has none; its events are "
                                + present.stream()
                                        .map(TraceEvent.Kind::wireName)
                                        .toList());
            }
        }
        return this;
    }

    /** The trace has no event of any of {@code kinds}. */
    public TraceAssert hasNoEvent(TraceEvent.Kind... kinds) {
        List<TraceEvent.Kind> unwanted = Arrays.asList(kinds);
        Optional<TraceEvent> found =
                actual.stream().filter(e -> unwanted.contains(e.kind())).findFirst();
        if (found.isPresent()) {
            throw failure(
                    "%s",
                    "Expected no " + found.get().kind().wireName() + " event, but the trace has one:"
                            + TraceExcerpt.around(actual, found.get()));
        }
        return this;
    }

    private Set<TraceEvent.Kind> kinds() {
        Set<TraceEvent.Kind> kinds = new LinkedHashSet<>();
        actual.forEach(e -> kinds.add(e.kind()));
        return kinds;
    }

    private void requireTraced() {
        isNotNull();
        if (actual.isEmpty()) {
            throw failure(
                    "%s",
                    "Expected a trace, but it is empty: was the run traced? (script.run(choices, true),"
                            + " or script.run())");
        }
    }
}
