package dev.loopsim.properties.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ShrinkerTest {

    private static Shrinker.Result shrink(ChoiceSequence failing, Predicate<ChoiceSequence> fails) {
        assertThat(fails.test(failing)).as("the starting sequence must fail").isTrue();
        return new Shrinker(fails, 10_000).shrink(failing);
    }

    @Test
    void choicesThatDoNotMatterAreDropped() {
        // Fails whenever some choice is 7: only that one choice is needed.
        Predicate<ChoiceSequence> fails = s -> {
            for (int i = 0; i < s.size(); i++) {
                if (s.get(i) == 7) {
                    return true;
                }
            }
            return false;
        };
        var result = shrink(ChoiceSequence.of(3, 9, 7, 1, 4, 4), fails);
        assertThat(result.minimal()).isEqualTo(ChoiceSequence.of(7));
    }

    @Test
    void aLatencyShrinksToTheSmallestValueThatStillFails() {
        // "The request is slow": fails when the first latency is at least 41.
        var result = shrink(ChoiceSequence.of(900, 12, 5), s -> s.getOrDefault(0) >= 41);
        assertThat(result.minimal()).isEqualTo(ChoiceSequence.of(41));
    }

    @Test
    void trailingDefaultsAreTrimmedBecauseARunReadsThemTheSame() {
        var result = shrink(ChoiceSequence.of(1, 0, 0, 0), s -> s.getOrDefault(0) == 1);
        assertThat(result.minimal()).isEqualTo(ChoiceSequence.of(1));
    }

    @Test
    void twoLatenciesThatMustAddUpShrinkToTheSmallestEarlierOne() {
        // Fails when the two requests together take at least 9 (each at most 7): [2, 7] is the smallest.
        Predicate<ChoiceSequence> fails =
                s -> s.size() >= 2 && s.get(0) <= 7 && s.get(1) <= 7 && s.get(0) + s.get(1) >= 9;
        var result = shrink(ChoiceSequence.of(3, 6), fails);
        assertThat(result.minimal()).isEqualTo(ChoiceSequence.of(2, 7));
    }

    @Test
    void orderMattersOnlyWhereTheFailureNeedsIt() {
        // Fails when a later choice exceeds an earlier one by more than 10 (a race lost by a slow answer).
        Predicate<ChoiceSequence> fails = s -> s.size() >= 2 && s.get(1) - s.get(0) > 10;
        var result = shrink(ChoiceSequence.of(50, 80, 3, 3), fails);
        assertThat(result.minimal()).isEqualTo(ChoiceSequence.of(0, 11));
    }

    @Test
    void neverReturnsASequenceThatPasses() {
        SplittableRandom random = new SplittableRandom(20261125L);
        for (int round = 0; round < 200; round++) {
            int[] start = random.ints(1 + random.nextInt(12), 0, 60).toArray();
            int threshold = random.nextInt(200);
            Predicate<ChoiceSequence> fails = s -> {
                int sum = 0;
                for (int i = 0; i < s.size(); i++) {
                    sum += s.get(i) * (i % 3 + 1);
                }
                return sum >= threshold;
            };
            ChoiceSequence failing = ChoiceSequence.of(start);
            if (!fails.test(failing)) {
                continue;
            }
            var result = new Shrinker(fails, 5_000).shrink(failing);
            assertThat(fails.test(result.minimal()))
                    .as("round %d from %s", round, failing)
                    .isTrue();
            assertThat(result.minimal().compareTo(failing)).isLessThanOrEqualTo(0);
        }
    }

    @Test
    void theAttemptBudgetIsRespected() {
        // Only sequences of exactly eight choices fail, so most candidates are re-run and rejected.
        Predicate<ChoiceSequence> fails = s -> s.size() == 8;
        var result = new Shrinker(fails, 5).shrink(ChoiceSequence.of(5, 5, 5, 5, 5, 5, 5, 5));
        assertThat(result.attempts()).isEqualTo(5);
        assertThat(result.exhaustedBudget()).isTrue();
        assertThat(fails.test(result.minimal())).isTrue();
    }

    @Test
    void choicesAreNeverNegative() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChoiceSequence.of(1, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
