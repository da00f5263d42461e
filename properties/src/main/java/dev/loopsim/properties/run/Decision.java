package dev.loopsim.properties.run;

import dev.loopsim.io.LatencyModel;
import dev.loopsim.loop.ChoicePoint;
import dev.loopsim.loop.Draw;
import java.util.random.RandomGenerator;

/**
 * One decision of a run as the explorer sees it: a choice point Node leaves to chance, an I/O latency, or
 * whether an injected failure strikes. Each is answered by one integer in {@code [0, bound())}, where 0 is
 * the default — Node's more frequent outcome, the smallest latency the model allows, no failure — so a
 * run is a function of its integers and shrinking moves them toward 0.
 */
public sealed interface Decision {

    /** What the decision is about, as the run's record names it: {@code latency:https://api.example.com/user}. */
    String name();

    /** Which occurrence of {@link #name()} in the run, from 1. */
    int occurrence();

    /** How many answers there are: the integer for this decision is in {@code [0, bound)}. */
    int bound();

    /** The answer a random search gives: the model's own distribution for latencies, uniform otherwise. */
    int sample(RandomGenerator random);

    /** The answer {@code index} in the run's own terms: {@code timeout}, {@code 41 ms}, {@code fails}. */
    String describe(int index);

    /** The index of an answer written as {@link #describe} writes it, or -1 when it is none of them. */
    int answerIndex(String answer);

    /** What the answers are, for a message about one that is not: {@code its latencies are 1 to 60 ms}. */
    String answers();

    /** {@code name@occurrence}, the key of this decision in a run's record. */
    default String key() {
        return name() + "@" + occurrence();
    }

    /** An order Node leaves to chance ({@code timeout-vs-immediate}, {@code io-same-ms}, a {@code choice(…)} latency). */
    record Point(ChoicePoint point, int occurrence) implements Decision {
        @Override
        public String name() {
            return point.name();
        }

        @Override
        public int bound() {
            return point.outcomes().size();
        }

        @Override
        public int sample(RandomGenerator random) {
            return random.nextInt(bound());
        }

        @Override
        public String describe(int index) {
            String outcome = point.outcomes().get(index);
            return point.name().startsWith("latency:") ? outcome + " ms" : outcome;
        }

        @Override
        public int answerIndex(String answer) {
            String text = answer.strip();
            return point.outcomeIndex(point.name().startsWith("latency:") ? withoutMs(text) : text);
        }

        @Override
        public String answers() {
            return "its answers are " + String.join(", ", point.outcomes());
        }
    }

    /**
     * The latency of one I/O operation, from a model with a range: answer {@code i} is {@code min + i} ms.
     * Exponential and normal models are searched over the range that holds all but a sliver of their mass.
     */
    record Latency(Draw.Latency draw, int occurrence, long min, long max) implements Decision {
        public Latency {
            if (max < min || max - min >= Integer.MAX_VALUE) {
                throw new IllegalArgumentException("latency range " + min + ".." + max);
            }
        }

        @Override
        public String name() {
            return draw.name();
        }

        @Override
        public int bound() {
            return (int) (max - min + 1);
        }

        @Override
        public int sample(RandomGenerator random) {
            long ms = draw.sample(random, occurrence);
            return (int) (Math.clamp(ms, min, max) - min);
        }

        @Override
        public String describe(int index) {
            return millis(index) + " ms";
        }

        @Override
        public int answerIndex(String answer) {
            try {
                long ms = Long.parseLong(withoutMs(answer.strip()));
                return ms >= min && ms <= max ? (int) (ms - min) : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        @Override
        public String answers() {
            return "its latencies are " + min + " to " + max + " ms";
        }

        /** The latency answer {@code index} stands for. */
        public long millis(int index) {
            return min + index;
        }
    }

    /** Whether an injected failure strikes one operation: 0 it does not, 1 it does. */
    record Failing(Draw.Failing draw, int occurrence) implements Decision {
        @Override
        public String name() {
            return draw.name();
        }

        @Override
        public int bound() {
            return 2;
        }

        @Override
        public int sample(RandomGenerator random) {
            return random.nextDouble() < draw.failure().probability() ? 1 : 0;
        }

        @Override
        public String describe(int index) {
            return index == 0 ? "succeeds" : "fails";
        }

        @Override
        public int answerIndex(String answer) {
            return switch (answer.strip()) {
                case "succeeds" -> 0;
                case "fails" -> 1;
                default -> -1;
            };
        }

        @Override
        public String answers() {
            return "its answers are succeeds, fails";
        }
    }

    /** {@code 21 ms} or {@code 21ms} without its unit. */
    private static String withoutMs(String text) {
        return text.endsWith("ms") ? text.substring(0, text.length() - 2).strip() : text;
    }

    /**
     * A latency decision over {@code [min, max]}, cut to the first {@code Integer.MAX_VALUE} answers (about
     * 25 days of milliseconds) when the range is wider: an answer is an int.
     */
    private static Latency latency(Draw.Latency draw, int occurrence, long min, long max) {
        return new Latency(draw, occurrence, min, Math.min(max, min + Integer.MAX_VALUE - 1));
    }

    /**
     * A decision a program generator takes before the run: which statement comes next, which delay, how
     * deep. Drawn from the same stream as the run's own decisions, so shrinking the sequence shrinks the
     * program too. {@code occurrence} counts the generator's draws from 1.
     */
    record Generated(int occurrence, int bound) implements Decision {
        public Generated {
            if (bound < 1) {
                throw new IllegalArgumentException("a generator draw needs at least one answer, got " + bound);
            }
        }

        @Override
        public String name() {
            return "program";
        }

        @Override
        public int sample(RandomGenerator random) {
            return random.nextInt(bound);
        }

        @Override
        public String describe(int index) {
            return Integer.toString(index);
        }

        @Override
        public int answerIndex(String answer) {
            try {
                int index = Integer.parseInt(answer.strip());
                return index >= 0 && index < bound ? index : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        @Override
        public String answers() {
            return "its answers are 0 to " + (bound - 1);
        }
    }

    /**
     * The decision a draw stands for, or null when the model leaves nothing to decide (a fixed latency, a
     * scripted sequence, a failure that always or never strikes): those take the model's value.
     */
    static Decision of(Draw draw, int occurrence) {
        return switch (draw) {
            case Draw.Latency l ->
                switch (l.model()) {
                    case LatencyModel.Uniform u -> latency(l, occurrence, u.min(), u.max());
                    // 1 - e^-7 of the mass: 99.9 %.
                    case LatencyModel.Exponential e -> latency(l, occurrence, 0, Math.max(1, Math.round(7 * e.mean())));
                    case LatencyModel.Normal n ->
                        latency(
                                l,
                                occurrence,
                                Math.max(0, Math.round(n.mean() - 3 * n.sd())),
                                Math.max(0, Math.round(n.mean() + 3 * n.sd())));
                    case LatencyModel.Fixed f -> null;
                    case LatencyModel.Sequence s -> null;
                    case LatencyModel.Choice c -> null; // asked as a choice point instead
                };
            case Draw.Failing f -> {
                double p = f.failure().probability();
                yield p > 0 && p < 1 ? new Failing(f, occurrence) : null;
            }
        };
    }
}
