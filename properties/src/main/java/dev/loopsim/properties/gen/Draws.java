package dev.loopsim.properties.gen;

import dev.loopsim.properties.explore.ChoiceSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where a program generator's decisions come from: one integer in {@code [0, bound)} per decision, 0
 * always meaning the smallest, simplest answer (no more statements, a plain log, the shortest delay). Back
 * it with a seeded random source, a {@link ChoiceSequence} being shrunk, or any property-testing library's
 * integers; an answer outside the range is clamped into it.
 */
@FunctionalInterface
public interface Draws {

    /** An integer in {@code [0, bound)}; {@code bound} is at least 1. */
    int below(int bound);

    /** Uniform draws from a seeded generator: the same seed, the same program. */
    static Draws random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return random::nextInt;
    }

    /** The answers of {@code sequence} in order, clamped into each range, and 0 past its end. */
    static Draws replaying(ChoiceSequence sequence) {
        int[] next = {0};
        return bound -> Math.clamp(sequence.getOrDefault(next[0]++), 0, bound - 1);
    }

    /** These draws, keeping every answer given so that the program can be replayed and shrunk. */
    static Recording recording(Draws source) {
        return new Recording(source);
    }

    /** Draws that remember their answers, in order. Not thread-safe: one generation at a time. */
    final class Recording implements Draws {
        private final Draws source;
        private final List<Integer> answers = new ArrayList<>();

        private Recording(Draws source) {
            this.source = source;
        }

        @Override
        public int below(int bound) {
            if (bound < 1) {
                throw new IllegalArgumentException("a draw needs at least one answer, got bound " + bound);
            }
            int answer = Math.clamp(source.below(bound), 0, bound - 1);
            answers.add(answer);
            return answer;
        }

        /** The answers so far: replayed by {@link Draws#replaying}, they give the same program. */
        public ChoiceSequence sequence() {
            return ChoiceSequence.of(
                    answers.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
