package dev.loopsim.loop;

import java.util.List;

/**
 * A decision real Node leaves to chance (wall-clock time, I/O timing), named so that a user can force it
 * with {@code --choose NAME=OUTCOME} and the explorer can flip it. Outcome 0 is Node's more frequent one.
 */
public record ChoicePoint(String name, List<String> outcomes, String description) {

    public ChoicePoint {
        outcomes = List.copyOf(outcomes);
        if (outcomes.size() < 2) {
            throw new IllegalArgumentException("a choice point needs at least two outcomes: " + name);
        }
    }

    /**
     * At the start of a loop iteration with immediates waiting and a timer due 1 ms later: whether that
     * millisecond has already passed in real time (REPORT.md §C cases 10 and 14). Node: immediate first
     * about two runs in three.
     */
    public static final ChoicePoint TIMEOUT_VS_IMMEDIATE = new ChoicePoint(
            "timeout-vs-immediate",
            List.of("immediate", "timeout"),
            "a timer due in 1 ms and a waiting immediate: has the millisecond passed when the loop turns?");

    /**
     * Creating a timer whose list would expire 1 ms before an existing one: whether the clock crossed a
     * millisecond since that one was created, making both expire together (REPORT.md §C case 84).
     */
    public static final ChoicePoint TIMER_MS_BOUNDARY = new ChoicePoint(
            "timer-ms-boundary",
            List.of("same-ms", "next-ms"),
            "two timers created one after the other: did the clock cross a millisecond between them?");

    /** Every choice point the simulation knows, for validating {@code --choose}. */
    public static final List<ChoicePoint> ALL = List.of(TIMEOUT_VS_IMMEDIATE, TIMER_MS_BOUNDARY);

    /** The outcome's index, from its name or its number; -1 when it is neither. */
    public int outcomeIndex(String outcome) {
        int byName = outcomes.indexOf(outcome);
        if (byName >= 0) {
            return byName;
        }
        try {
            int index = Integer.parseInt(outcome);
            return index >= 0 && index < outcomes.size() ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
