package dev.loopsim.nodediff;

import java.time.Duration;

/**
 * How many real milliseconds one virtual millisecond lasts when node replays a scenario: {@code
 * preferred}, unless the run is so long in virtual time that it would not fit in the real time budget;
 * then less, so that a ten-minute timer replays in seconds (its gaps are wide enough to survive that).
 */
public record TimeScale(double preferred, Duration budget) {

    /** The scale for a run that ended at virtual time {@code endMicros}: the run fits the budget. */
    public double forEndOf(long endMicros) {
        double endMillis = endMicros / 1000.0;
        if (endMillis * preferred <= budget.toMillis()) {
            return preferred;
        }
        return budget.toMillis() / endMillis;
    }
}
