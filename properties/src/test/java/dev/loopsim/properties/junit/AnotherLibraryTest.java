package dev.loopsim.properties.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.Explorer;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.run.Choice;
import dev.loopsim.properties.run.ChoiceStream;
import dev.loopsim.properties.run.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The plain choice interface: any property-testing library that hands out integers drives loopsim through
 * {@link ChoiceStream#ofInts}, and that library's own shrinking of its integers shrinks the run.
 */
class AnotherLibraryTest {

    /**
     * The smallest property-testing library there is, in the shape of the real ones: a test case is the
     * list of integers the test drew, generated at random, replayed from the list while shrinking (0 past
     * its end), and shrunk by deleting elements and decrementing them.
     */
    static final class TinyLibrary {
        /** The integers one test case hands out. */
        static final class Draws {
            private final List<Integer> replay;
            private final SplittableRandom random;
            private final List<Integer> drawn = new ArrayList<>();

            Draws(List<Integer> replay, SplittableRandom random) {
                this.replay = replay;
                this.random = random;
            }

            int nextInt(int bound) {
                int value;
                if (random != null) {
                    value = random.nextInt(bound);
                } else {
                    value = drawn.size() < replay.size() ? Math.min(replay.get(drawn.size()), bound - 1) : 0;
                }
                drawn.add(value);
                return value;
            }
        }

        /** The first of {@code tries} random cases that breaks {@code holds}, shrunk. */
        static Optional<List<Integer>> findAndShrink(long seed, int tries, Predicate<Draws> holds) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < tries; i++) {
                Draws draws = new Draws(List.of(), random.split());
                if (!holds.test(draws)) {
                    return Optional.of(shrink(draws.drawn, holds));
                }
            }
            return Optional.empty();
        }

        private static List<Integer> shrink(List<Integer> failing, Predicate<Draws> holds) {
            List<Integer> best = failing;
            boolean improved = true;
            while (improved) {
                improved = false;
                for (int i = best.size() - 1; i >= 0; i--) {
                    List<Integer> candidate = new ArrayList<>(best);
                    candidate.remove(i);
                    if (!holds.test(new Draws(candidate, null))) {
                        best = candidate;
                        improved = true;
                    }
                }
                for (int i = 0; i < best.size(); i++) {
                    while (best.get(i) > 0) {
                        List<Integer> candidate = new ArrayList<>(best);
                        candidate.set(i, best.get(i) - 1);
                        if (holds.test(new Draws(candidate, null))) {
                            break;
                        }
                        best = candidate;
                        improved = true;
                    }
                }
            }
            return best;
        }
    }

    @Test
    void anotherLibrarysIntegersDriveTheRunAndItsShrinkingFindsTheExplorersMinimalRun() {
        Script script = TestScripts.LOST_UPDATE;
        Predicate<TinyLibrary.Draws> exitsZero =
                draws -> script.run(ChoiceStream.ofInts(draws::nextInt), false).exitCode() == 0;

        List<Integer> shrunk = TinyLibrary.findAndShrink(11, 200, exitsZero).orElseThrow();

        Exploration explored = new Explorer(
                        script,
                        Invariant.exitsZero(),
                        Explorer.Settings.defaults().withRuns(100).withSeed(7).withJobs(2))
                .explore(Explorer.Progress.NONE);
        ChoiceSequence minimal = explored.counterexample().orElseThrow().minimal();
        int[] asDrawn = ChoiceSequence.of(
                        shrunk.stream().mapToInt(Integer::intValue).toArray())
                .trimmed()
                .toArray();
        assertThat(asDrawn).containsExactly(minimal.toArray());
        // Shrinking the integers shrank the run: the same decisions, in the scenario's terms.
        assertThat(script.run(ChoiceSequence.of(asDrawn).stream(), true).choices())
                .extracting(Choice::toString)
                .containsExactlyElementsOf(explored.counterexample().orElseThrow().minimalRun().choices().stream()
                        .map(Choice::toString)
                        .toList());
    }

    @Test
    void zeroIsTheDefaultSoAnEmptyListIsTheRunWithEveryDefault() {
        TinyLibrary.Draws none = new TinyLibrary.Draws(List.of(), null);

        assertThat(TestScripts.LOST_UPDATE.run(ChoiceStream.ofInts(none::nextInt), true))
                .isEqualTo(TestScripts.LOST_UPDATE.run(ChoiceStream.DEFAULTS, true));
    }
}
