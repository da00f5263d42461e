package dev.loopsim.properties.explore;

/**
 * How the explorer picks the choice sequences it runs. Every strategy is a pure function of the seed and
 * the run's index, so a report does not depend on how many threads ran it.
 */
public sealed interface SearchStrategy {

    /** Every decision drawn at random: latencies from their models, outcomes uniformly. */
    record Random() implements SearchStrategy {
        @Override
        public String toString() {
            return "random";
        }
    }

    /**
     * PCT-style: a run keeps every decision at its default except a few ({@code 1..deviations}) at
     * random positions among those the default run meets, which take a random other answer. Rare
     * orderings that need one or two things to go unusually are found without millions of runs.
     */
    record FewDeviations(int deviations) implements SearchStrategy {
        public FewDeviations {
            if (deviations < 1) {
                throw new IllegalArgumentException("pct needs at least one deviation, got " + deviations);
            }
        }

        @Override
        public String toString() {
            return "pct:" + deviations;
        }
    }

    /**
     * Swarm-style: each run enables a random subset of the decision names (each latency target, each
     * kind of choice point); enabled ones are drawn at random, the others keep their defaults.
     */
    record Swarm() implements SearchStrategy {
        @Override
        public String toString() {
            return "swarm";
        }
    }

    /**
     * Depth-first over the tree of decisions discovered while running, in lexicographic order of the
     * choice sequences, up to {@code maxSchedules} of them; the report says whether that covered the
     * whole tree.
     */
    record Exhaustive(int maxSchedules) implements SearchStrategy {
        public Exhaustive {
            if (maxSchedules < 1) {
                throw new IllegalArgumentException("exhaustive needs a bound of at least 1, got " + maxSchedules);
            }
        }

        @Override
        public String toString() {
            return "exhaustive";
        }
    }

    /**
     * Parses {@code random}, {@code pct}, {@code pct:N}, {@code swarm}, {@code exhaustive}; a bad name is
     * an {@link IllegalArgumentException} whose message lists the strategies. {@code runs} is the
     * exhaustive search's bound.
     */
    static SearchStrategy parse(String text, int runs) {
        String name = text.strip();
        if (name.equals("random")) {
            return new Random();
        }
        if (name.equals("swarm")) {
            return new Swarm();
        }
        if (name.equals("exhaustive")) {
            return new Exhaustive(runs);
        }
        if (name.equals("pct")) {
            return new FewDeviations(2);
        }
        if (name.startsWith("pct:")) {
            try {
                return new FewDeviations(Integer.parseInt(name.substring(4)));
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new IllegalArgumentException(
                "unknown strategy '" + text + "' (expected random, pct, pct:N, swarm or exhaustive)");
    }
}
