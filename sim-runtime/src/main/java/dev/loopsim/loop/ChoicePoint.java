package dev.loopsim.loop;

import java.util.ArrayList;
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

    /**
     * Two or more fake I/O operations complete in the same virtual millisecond: which of them, counted in
     * the order they started, runs its callback next. In Node the order of such completions depends on
     * the thread pool and the network. This is the two-way form; {@link #ioSameMs(int)} makes the n-way one.
     */
    public static final ChoicePoint IO_SAME_MS = ioSameMs(2);

    /** Every fixed choice point the simulation knows, for validating {@code --choose}. */
    public static final List<ChoicePoint> ALL = List.of(TIMEOUT_VS_IMMEDIATE, TIMER_MS_BOUNDARY, IO_SAME_MS);

    /** {@link #IO_SAME_MS} with {@code tied} outcomes: {@code 1st} (start order, the default), {@code 2nd}, … */
    public static ChoicePoint ioSameMs(int tied) {
        List<String> outcomes = new ArrayList<>();
        for (int i = 1; i <= tied; i++) {
            outcomes.add(ordinal(i));
        }
        return new ChoicePoint(
                "io-same-ms",
                outcomes,
                "I/O operations complete in the same millisecond: which one, in start order, runs first?");
    }

    /**
     * A {@code choice(a, b, …)} latency of fake I/O on {@code target} (a route's URL pattern, a file path or
     * {@code default}): the outcomes are the latencies, the first is the default.
     */
    public static ChoicePoint latency(String target, List<Long> values) {
        return new ChoicePoint(
                "latency:" + target,
                values.stream().map(String::valueOf).toList(),
                "the latency of I/O on " + target + ", in milliseconds");
    }

    private static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** Whether the outcomes are ordinals whose number grows with the situation ({@link #ioSameMs}). */
    boolean ordinalOutcomes() {
        return outcomes.getFirst().equals("1st");
    }

    /** The outcome's index, from its name or its number; -1 when it is neither. */
    public int outcomeIndex(String outcome) {
        int byName = outcomes.indexOf(outcome);
        if (byName >= 0) {
            return byName;
        }
        if (ordinalOutcomes() && outcome.matches("[1-9]\\d{0,5}(st|nd|rd|th)")) {
            int n = Integer.parseInt(outcome.substring(0, outcome.length() - 2));
            return ordinal(n).equals(outcome) ? n - 1 : -1;
        }
        try {
            int index = Integer.parseInt(outcome);
            return index >= 0 && index < outcomes.size() ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
