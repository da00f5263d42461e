package dev.loopsim.properties.explore;

import dev.loopsim.properties.run.ChoiceStream;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The decisions one run took, in order: each is a non-negative integer, where 0 is the default (Node's
 * usual outcome, the first option, the smallest latency bucket). Immutable; orders by size first, then
 * lexicographically, which is the order shrinking descends.
 */
public final class ChoiceSequence implements Comparable<ChoiceSequence> {
    private final int[] choices;

    private ChoiceSequence(int[] choices) {
        this.choices = choices;
    }

    public static ChoiceSequence of(int... choices) {
        for (int c : choices) {
            if (c < 0) {
                throw new IllegalArgumentException("a choice is never negative: " + Arrays.toString(choices));
            }
        }
        return new ChoiceSequence(choices.clone());
    }

    public int size() {
        return choices.length;
    }

    public int get(int index) {
        return choices[index];
    }

    /** The choice at {@code index}, or 0 (the default) past the end: a shorter sequence means "defaults". */
    public int getOrDefault(int index) {
        return index < choices.length ? choices[index] : 0;
    }

    /** This sequence without {@code [from, from + length)}. */
    public ChoiceSequence withoutSpan(int from, int length) {
        int[] out = new int[choices.length - length];
        System.arraycopy(choices, 0, out, 0, from);
        System.arraycopy(choices, from + length, out, from, choices.length - from - length);
        return new ChoiceSequence(out);
    }

    /** This sequence with {@code choices[index] = value}. */
    public ChoiceSequence with(int index, int value) {
        int[] out = choices.clone();
        out[index] = value;
        return new ChoiceSequence(out);
    }

    /** This sequence with {@code [from, from + length)} set to the default. */
    public ChoiceSequence zeroed(int from, int length) {
        int[] out = choices.clone();
        Arrays.fill(out, from, from + length, 0);
        return new ChoiceSequence(out);
    }

    /** This sequence with {@code [from, from + length)} sorted ascending. */
    public ChoiceSequence sortedSpan(int from, int length) {
        int[] out = choices.clone();
        Arrays.sort(out, from, from + length);
        return new ChoiceSequence(out);
    }

    /** The sequence without trailing defaults, which a run reads the same way. */
    public ChoiceSequence trimmed() {
        int end = choices.length;
        while (end > 0 && choices[end - 1] == 0) {
            end--;
        }
        return end == choices.length ? this : new ChoiceSequence(Arrays.copyOf(choices, end));
    }

    /**
     * A fresh stream answering a run's decisions with this sequence in order, clamped into each
     * decision's range, and with the default past its end.
     */
    public ChoiceStream stream() {
        int[] next = {0};
        return decision -> next[0] < choices.length ? choices[next[0]++] : 0;
    }

    /** Parses {@link #toString()}'s form, {@code [3, 0, 41]}, or the bare {@code 3,0,41}. */
    public static ChoiceSequence parse(String text) {
        String body = text.strip();
        if (body.startsWith("[") && body.endsWith("]")) {
            body = body.substring(1, body.length() - 1).strip();
        }
        if (body.isEmpty()) {
            return of();
        }
        String[] parts = body.split("\\s*,\\s*");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "a choice sequence is a list of integers such as [3, 0, 41], got '" + text + "'");
            }
        }
        return of(out);
    }

    public int[] toArray() {
        return choices.clone();
    }

    @Override
    public int compareTo(ChoiceSequence other) {
        if (choices.length != other.choices.length) {
            return Integer.compare(choices.length, other.choices.length);
        }
        return Arrays.compare(choices, other.choices);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChoiceSequence other && Arrays.equals(choices, other.choices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(choices);
    }

    /** {@code 3,0,41}: the argument of {@code loopsim run --replay} (empty for the empty sequence). */
    public String toReplayArgument() {
        return Arrays.stream(choices).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    /** {@code [3, 0, 41]}: the form replay lines and saved scenarios use. */
    @Override
    public String toString() {
        return Arrays.toString(choices);
    }
}
