package dev.loopsim.io;

import java.util.ArrayList;
import java.util.List;

/**
 * How long one fake I/O operation takes, in whole virtual milliseconds (docs/scenarios.md, "Latency
 * models"). A model only describes the distribution; every draw goes through the simulation's choice source.
 */
public sealed interface LatencyModel {

    /** Always {@code ms}. */
    record Fixed(long ms) implements LatencyModel {
        public Fixed {
            requireMillis("fixed", ms);
        }

        @Override
        public String toString() {
            return "fixed(" + ms + ")";
        }
    }

    /** A whole number in {@code [min, max]}, uniformly. */
    record Uniform(long min, long max) implements LatencyModel {
        public Uniform {
            requireMillis("uniform", min);
            requireMillis("uniform", max);
            if (min > max) {
                throw new IllegalArgumentException(
                        "uniform(" + min + ", " + max + "): the lower bound must not exceed the upper one");
            }
        }

        @Override
        public String toString() {
            return "uniform(" + min + ", " + max + ")";
        }
    }

    /** Exponentially distributed around {@code mean}, rounded to whole milliseconds. */
    record Exponential(double mean) implements LatencyModel {
        public Exponential {
            if (!(mean > 0) || Double.isInfinite(mean)) {
                throw new IllegalArgumentException(
                        "exponential(" + ModelText.print(mean) + "): the mean must be a number above 0");
            }
        }

        @Override
        public String toString() {
            return "exponential(" + ModelText.print(mean) + ")";
        }
    }

    /** Normally distributed, rounded to whole milliseconds and truncated at 0. */
    record Normal(double mean, double sd) implements LatencyModel {
        public Normal {
            if (!(mean >= 0) || Double.isInfinite(mean) || !(sd >= 0) || Double.isInfinite(sd)) {
                throw new IllegalArgumentException("normal(" + ModelText.print(mean) + ", " + ModelText.print(sd)
                        + "): the mean and the standard deviation must be numbers from 0");
            }
        }

        @Override
        public String toString() {
            return "normal(" + ModelText.print(mean) + ", " + ModelText.print(sd) + ")";
        }
    }

    /** The k-th operation takes the k-th value; the last one repeats. */
    record Sequence(List<Long> values) implements LatencyModel {
        public Sequence {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("sequence(): give at least one latency, such as sequence(10, 50)");
            }
            values.forEach(v -> requireMillis("sequence", v));
        }

        @Override
        public String toString() {
            return "sequence(" + join(values) + ")";
        }
    }

    /** An explicit choice point between the values; the first one unless a choice says otherwise. */
    record Choice(List<Long> values) implements LatencyModel {
        public Choice {
            values = List.copyOf(values);
            if (values.size() < 2) {
                throw new IllegalArgumentException(
                        "choice(" + join(values) + "): give at least two latencies, such as choice(10, 50)");
            }
            values.forEach(v -> requireMillis("choice", v));
        }

        @Override
        public String toString() {
            return "choice(" + join(values) + ")";
        }
    }

    static LatencyModel fixed(long ms) {
        return new Fixed(ms);
    }

    /** The default latency of I/O nobody configures. */
    LatencyModel DEFAULT = new Fixed(1);

    /**
     * Reads a model as the front-matter and {@code --latency} write it: {@code fixed(10)},
     * {@code uniform(20, 50)}, {@code exponential(30)}, {@code normal(40, 5)}, {@code sequence(10, 50)},
     * {@code choice(10, 500)}. A malformed one throws with a message a user can act on.
     */
    static LatencyModel parse(String text) {
        ModelText call = ModelText.split(text);
        if (call == null) {
            throw new IllegalArgumentException("expected a latency model such as fixed(10), got '" + text.strip()
                    + "' (models: fixed(ms), uniform(a, b), exponential(mean), normal(mean, sd),"
                    + " sequence(a, b, …), choice(a, b, …))");
        }
        List<String> args = call.arguments();
        return switch (call.name()) {
            case "fixed" -> new Fixed(millis(text, args, 1).getFirst());
            case "uniform" -> {
                List<Long> ms = millis(text, args, 2);
                yield new Uniform(ms.get(0), ms.get(1));
            }
            case "exponential" -> new Exponential(numbers(text, args, 1).getFirst());
            case "normal" -> {
                List<Double> n = numbers(text, args, 2);
                yield new Normal(n.get(0), n.get(1));
            }
            case "sequence" -> new Sequence(millis(text, args, -1));
            case "choice" -> new Choice(millis(text, args, -1));
            default ->
                throw new IllegalArgumentException("unknown latency model '" + call.name() + "' in '" + text.strip()
                        + "' (models: fixed, uniform, exponential, normal, sequence, choice)");
        };
    }

    private static List<Double> numbers(String text, List<String> args, int count) {
        String model = text.strip();
        if (count >= 0 && args.size() != count) {
            throw new IllegalArgumentException(
                    model + ": expected " + count + (count == 1 ? " number" : " numbers") + ", got " + args.size());
        }
        List<Double> values = new ArrayList<>();
        for (String a : args) {
            Double n = ModelText.number(a);
            if (n == null) {
                throw new IllegalArgumentException(model + ": '" + a + "' is not a number");
            }
            values.add(n);
        }
        return values;
    }

    private static List<Long> millis(String text, List<String> args, int count) {
        List<Long> values = new ArrayList<>();
        for (double n : numbers(text, args, count)) {
            if (n != Math.rint(n) || n < 0 || n > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(
                        text.strip() + ": latencies are whole milliseconds from 0, got " + ModelText.print(n));
            }
            values.add((long) n);
        }
        return values;
    }

    private static void requireMillis(String model, long ms) {
        if (ms < 0 || ms > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(model + ": latencies are whole milliseconds from 0, got " + ms);
        }
    }

    private static String join(List<Long> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
