package dev.loopsim.properties.explore;

import java.util.function.Predicate;

/**
 * Shrinks a failing choice sequence to a local minimum: no single pass below makes it smaller and still
 * failing. Passes, repeated until none helps: drop spans (halving sizes down to one choice), reset spans
 * to the default, move each choice toward the default by binary search, move value from an earlier choice
 * to a later one (a failure that needs two latencies to add up to enough keeps failing, and the earlier
 * one gets as small as it can), and sort neighbouring spans.
 * Every candidate is strictly smaller in {@link ChoiceSequence}'s order, so shrinking always ends.
 */
public final class Shrinker {
    private final Predicate<ChoiceSequence> stillFails;
    private final int maxAttempts;
    private int attempts;

    /**
     * {@code stillFails} re-runs the scenario with a candidate and says whether it fails the same way;
     * {@code maxAttempts} bounds the number of re-runs.
     */
    public Shrinker(Predicate<ChoiceSequence> stillFails, int maxAttempts) {
        this.stillFails = stillFails;
        this.maxAttempts = maxAttempts;
    }

    /** The outcome: the smallest failing sequence found, and how many re-runs it took. */
    public record Result(ChoiceSequence minimal, int attempts, boolean exhaustedBudget) {}

    public Result shrink(ChoiceSequence failing) {
        ChoiceSequence best = failing;
        ChoiceSequence trimmed = failing.trimmed();
        if (!trimmed.equals(failing) && accepts(trimmed)) {
            best = trimmed;
        }
        boolean improved = true;
        while (improved && attempts < maxAttempts) {
            ChoiceSequence before = best;
            best = dropSpans(best);
            best = zeroSpans(best);
            best = lowerEachChoice(best);
            best = redistributePairs(best);
            best = sortSpans(best);
            improved = best.compareTo(before) < 0;
        }
        return new Result(best, attempts, attempts >= maxAttempts);
    }

    private boolean accepts(ChoiceSequence candidate) {
        if (attempts >= maxAttempts) {
            return false;
        }
        attempts++;
        return stillFails.test(candidate);
    }

    private ChoiceSequence dropSpans(ChoiceSequence best) {
        for (int length = Math.max(1, best.size() / 2); length >= 1; length /= 2) {
            for (int from = best.size() - length; from >= 0; from--) {
                if (from + length > best.size()) {
                    continue;
                }
                ChoiceSequence candidate = best.withoutSpan(from, length);
                if (accepts(candidate)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    private ChoiceSequence zeroSpans(ChoiceSequence best) {
        for (int length = Math.max(1, best.size() / 2); length >= 1; length /= 2) {
            for (int from = 0; from + length <= best.size(); from++) {
                ChoiceSequence candidate = best.zeroed(from, length);
                if (candidate.compareTo(best) < 0 && accepts(candidate)) {
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** For each choice, the smallest value that still fails, by binary search between 0 and its value. */
    private ChoiceSequence lowerEachChoice(ChoiceSequence best) {
        for (int i = 0; i < best.size(); i++) {
            int low = 0;
            int high = best.get(i);
            while (low < high) {
                int mid = low + (high - low) / 2;
                ChoiceSequence candidate = best.with(i, mid);
                if (accepts(candidate)) {
                    best = candidate;
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
        }
        return best;
    }

    /**
     * For each pair of choices, the most that can move from the earlier to the later one (by binary
     * search) while the run still fails: the sum stays, and the sequence gets lexicographically smaller.
     */
    private ChoiceSequence redistributePairs(ChoiceSequence best) {
        for (int i = 0; i < best.size(); i++) {
            for (int j = i + 1; j < best.size() && best.get(i) > 0; j++) {
                int low = 0;
                int high = best.get(i);
                ChoiceSequence base = best;
                int first = base.get(i);
                int second = base.get(j);
                while (low < high) {
                    int moved = low + (high - low + 1) / 2;
                    if (second > Integer.MAX_VALUE - moved) {
                        high = moved - 1;
                        continue;
                    }
                    ChoiceSequence candidate = base.with(i, first - moved).with(j, second + moved);
                    if (accepts(candidate)) {
                        best = candidate;
                        low = moved;
                    } else {
                        high = moved - 1;
                    }
                }
            }
        }
        return best;
    }

    private ChoiceSequence sortSpans(ChoiceSequence best) {
        for (int length = best.size(); length >= 2; length /= 2) {
            for (int from = 0; from + length <= best.size(); from++) {
                ChoiceSequence candidate = best.sortedSpan(from, length);
                if (candidate.compareTo(best) < 0 && accepts(candidate)) {
                    best = candidate;
                }
            }
        }
        return best;
    }
}
