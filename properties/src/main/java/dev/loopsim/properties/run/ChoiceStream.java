package dev.loopsim.properties.run;

import java.util.function.IntUnaryOperator;

/**
 * Where a run's decisions come from: one integer per decision, in the order the run meets them. This is
 * the plain interface for driving loopsim from any property-testing library: hand it generated integers
 * and the library's own shrinking of those integers shrinks the run. An answer outside
 * {@code [0, bound)} is clamped into it, so any integer source is acceptable.
 */
@FunctionalInterface
public interface ChoiceStream {

    /** The answer to {@code decision}: an integer, 0 meaning the default. */
    int next(Decision decision);

    /** Every decision takes its default: Node's more frequent outcome, the smallest latency, no failure. */
    ChoiceStream DEFAULTS = decision -> 0;

    /** Answers each decision with {@code nextBelow.applyAsInt(bound)}: the shape most generators offer. */
    static ChoiceStream ofInts(IntUnaryOperator nextBelow) {
        return decision -> nextBelow.applyAsInt(decision.bound());
    }
}
