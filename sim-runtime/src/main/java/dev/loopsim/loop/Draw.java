package dev.loopsim.loop;

import dev.loopsim.io.Failure;
import dev.loopsim.io.LatencyModel;
import java.util.random.RandomGenerator;

/**
 * A random quantity fake I/O needs, named after what it is for so that the record of a run says which
 * draw took which value and a strategy can steer it: an operation's latency, or whether a failure strikes.
 */
public sealed interface Draw {

    /** The name in the record: {@code latency:https://api.example.com/user/*}, {@code fail:data/a.json}. */
    String name();

    /**
     * The value when nobody forces one: the {@code occurrence}-th draw (from 1) of this name, from a
     * generator seeded for exactly that draw.
     */
    long sample(RandomGenerator random, int occurrence);

    /** Whether {@code value} is one this draw can take (a strategy's answer outside it is ignored). */
    boolean admits(long value);

    /**
     * The latency of an operation on {@code target} (a route's URL pattern, a file path, or
     * {@code default}), from {@code model}. A {@code choice(…)} model is a choice point, not a draw.
     */
    record Latency(String target, LatencyModel model) implements Draw {
        @Override
        public String name() {
            return "latency:" + target;
        }

        @Override
        public long sample(RandomGenerator random, int occurrence) {
            return switch (model) {
                case LatencyModel.Fixed f -> f.ms();
                case LatencyModel.Uniform u -> random.nextLong(u.min(), u.max() + 1);
                case LatencyModel.Exponential e -> Math.round(-e.mean() * Math.log(1 - random.nextDouble()));
                case LatencyModel.Normal n -> Math.max(0, Math.round(n.mean() + n.sd() * random.nextGaussian()));
                case LatencyModel.Sequence s ->
                    s.values().get(Math.min(occurrence, s.values().size()) - 1);
                case LatencyModel.Choice c -> c.values().getFirst();
            };
        }

        @Override
        public boolean admits(long value) {
            return switch (model) {
                case LatencyModel.Choice c -> c.values().contains(value);
                default -> value >= 0 && value <= Integer.MAX_VALUE;
            };
        }
    }

    /** Whether {@code failure} strikes an operation on {@code target}: 1 it does, 0 it does not. */
    record Failing(String target, Failure failure) implements Draw {
        @Override
        public String name() {
            return "fail:" + target;
        }

        @Override
        public long sample(RandomGenerator random, int occurrence) {
            return random.nextDouble() < failure.probability() ? 1 : 0;
        }

        @Override
        public boolean admits(long value) {
            return value == 0 || value == 1;
        }
    }
}
