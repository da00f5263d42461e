package dev.loopsim.loop;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * The simulation's one source of decisions: every choice point and every random draw asks here. A choice
 * point takes the outcome a user forced ({@code --choose}), else what its strategy picks (the explorer's,
 * or seeded random), else Node's more frequent outcome; a draw (an I/O latency, whether a failure strikes)
 * takes a replayed value, else its strategy's, else a value from the run's seed. Every answer is recorded,
 * so a run can be replayed from that record.
 */
public final class ChoiceSource implements Choices {

    /** One decision taken: the point, its occurrence in the run (from 1), and the outcome's index. */
    public record Taken(ChoicePoint point, int occurrence, int outcome) {
        public String outcomeName() {
            return point.outcomes().get(outcome);
        }

        /** The {@code --choose} argument that forces this decision again. */
        public String asOption() {
            return point.name() + "@" + occurrence + "=" + outcomeName();
        }
    }

    /** One draw taken: its name ({@link Draw#name()}), its occurrence in the run (from 1), and its value. */
    public record Drawn(String name, int occurrence, long value) {
        @Override
        public String toString() {
            return name + "@" + occurrence + "=" + value;
        }
    }

    /** Everything a run took, enough to take it all again: the seed, the decisions and the draws. */
    public record Record(long seed, List<Taken> taken, List<Drawn> drawn) {
        public Record {
            taken = List.copyOf(taken);
            drawn = List.copyOf(drawn);
        }
    }

    /** A forced outcome, for every occurrence of the point ({@code occurrence == 0}) or for one. */
    public record Forced(ChoicePoint point, int occurrence, int outcome) {

        /** Parses {@code NAME=OUTCOME} or {@code NAME@K=OUTCOME}; a bad one is a message for the user. */
        public static Forced parse(String text) {
            return parse(text, ChoicePoint.ALL);
        }

        /**
         * The same, knowing the run's own choice points besides the fixed ones (a {@code choice(…)}
         * latency's {@code latency:TARGET}); a route's URL may contain '=' and '@', so the outcome is
         * after the last '=' and an occurrence only counts when the name without it is a known point.
         */
        public static Forced parse(String text, List<ChoicePoint> known) {
            int eq = text.lastIndexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--choose " + text + ": expected NAME=OUTCOME or NAME@K=OUTCOME");
            }
            String name = text.substring(0, eq);
            String outcome = text.substring(eq + 1);
            int occurrence = 0;
            int at = name.lastIndexOf('@');
            if (at >= 0 && find(known, name) == null) {
                try {
                    occurrence = Integer.parseInt(name.substring(at + 1));
                } catch (NumberFormatException e) {
                    occurrence = -1;
                }
                if (occurrence < 1) {
                    throw new IllegalArgumentException(
                            "--choose " + text + ": the occurrence after '@' must be a number from 1");
                }
                name = name.substring(0, at);
            }
            String wanted = name;
            ChoicePoint point = find(known, wanted);
            if (point == null) {
                throw new IllegalArgumentException("--choose " + text + ": no choice point named '" + wanted
                        + "' (known: "
                        + String.join(
                                ", ", known.stream().map(ChoicePoint::name).toList()) + ")");
            }
            int index = point.outcomeIndex(outcome);
            if (index < 0) {
                throw new IllegalArgumentException("--choose " + text + ": '" + wanted + "' has the outcomes "
                        + String.join(", ", point.outcomes()) + (point.ordinalOutcomes() ? ", …" : ""));
            }
            return new Forced(point, occurrence, index);
        }

        private static ChoicePoint find(List<ChoicePoint> known, String name) {
            return known.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            String outcomeName =
                    outcome < point.outcomes().size() ? point.outcomes().get(outcome) : Integer.toString(outcome);
            return point.name() + (occurrence == 0 ? "" : "@" + occurrence) + "=" + outcomeName;
        }
    }

    /** Picks outcomes for the points nobody forced, and values for draws; -1 leaves the default. */
    @FunctionalInterface
    public interface Strategy {
        /** An outcome's index, or -1 for Node's more frequent outcome. */
        int pick(ChoicePoint point, int occurrence);

        /**
         * A value for a draw nobody replays (a latency in ms; 1 or 0 for a failure), or -1 to draw it
         * from the seed. The explorer moves latencies toward smaller values and failures off here.
         */
        default long draw(Draw draw, int occurrence) {
            return -1;
        }

        /** Node's more frequent outcome, and draws from the seed, always. */
        Strategy DEFAULT = (point, occurrence) -> -1;

        /** Every outcome equally likely, from a seeded generator: the same seed, the same picks. */
        static Strategy random(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            return (point, occurrence) -> random.nextInt(point.outcomes().size());
        }
    }

    private final List<Forced> forced;
    private final Map<String, Long> replayedDraws;
    private final Strategy strategy;
    private final long seed;
    private final List<Taken> taken = new ArrayList<>();
    private final List<Drawn> drawn = new ArrayList<>();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final Set<Forced> used = new LinkedHashSet<>();

    public ChoiceSource(List<Forced> forced, Strategy strategy) {
        this(forced, strategy, 0);
    }

    /** Forced outcomes, a strategy for the rest, and the seed every draw derives from. */
    public ChoiceSource(List<Forced> forced, Strategy strategy, long seed) {
        this(forced, Map.of(), strategy, seed);
    }

    private ChoiceSource(List<Forced> forced, Map<String, Long> replayedDraws, Strategy strategy, long seed) {
        this.forced = List.copyOf(forced);
        this.replayedDraws = replayedDraws;
        this.strategy = strategy;
        this.seed = seed;
    }

    /** Node's more frequent outcome everywhere and draws from seed 0, recorded. */
    public static ChoiceSource defaults() {
        return new ChoiceSource(List.of(), Strategy.DEFAULT);
    }

    /** Takes again every decision of a recorded run; decisions past the record take the default. */
    public static ChoiceSource replaying(List<Taken> record) {
        return replaying(new Record(0, record, List.of()));
    }

    /** Takes again every decision and draw of a recorded run, from its seed. */
    public static ChoiceSource replaying(Record record) {
        Map<String, Long> draws = new LinkedHashMap<>();
        for (Drawn d : record.drawn()) {
            draws.put(d.name() + "@" + d.occurrence(), d.value());
        }
        return new ChoiceSource(
                record.taken().stream()
                        .map(t -> new Forced(t.point(), t.occurrence(), t.outcome()))
                        .toList(),
                draws,
                Strategy.DEFAULT,
                record.seed());
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public int choose(ChoicePoint point) {
        int occurrence = occurrences.merge(point.name(), 1, Integer::sum);
        int outcome = -1;
        for (Forced f : forced) {
            boolean applies = f.point().name().equals(point.name())
                    && f.outcome() < point.outcomes().size()
                    && (f.occurrence() == occurrence || f.occurrence() == 0 && outcome < 0);
            if (applies) {
                outcome = f.outcome();
                used.add(f);
            }
        }
        if (outcome < 0) {
            int picked = strategy.pick(point, occurrence);
            outcome = picked >= 0 && picked < point.outcomes().size() ? picked : 0;
        }
        taken.add(new Taken(point, occurrence, outcome));
        return outcome;
    }

    /**
     * A latency or failure draw: the replayed value, else the strategy's, else a sample from a generator
     * seeded by (seed, name, occurrence) alone, so that one draw does not shift the others. A
     * {@code choice(…)} latency is the choice point {@link ChoicePoint#latency} instead.
     */
    @Override
    public long draw(Draw draw) {
        if (draw instanceof Draw.Latency l && l.model() instanceof dev.loopsim.io.LatencyModel.Choice c) {
            return c.values().get(choose(ChoicePoint.latency(l.target(), c.values())));
        }
        String name = draw.name();
        int occurrence = occurrences.merge(name, 1, Integer::sum);
        Long value = replayedDraws.get(name + "@" + occurrence);
        if (value == null || !draw.admits(value)) {
            long picked = strategy.draw(draw, occurrence);
            value = picked >= 0 && draw.admits(picked)
                    ? picked
                    : draw.sample(stream(seed, name, occurrence), occurrence);
        }
        drawn.add(new Drawn(name, occurrence, value));
        return value;
    }

    /** {@code Math.random}'s numbers: a stream of its own, from the run's seed. */
    public static DoubleSupplier mathRandom(long seed) {
        SplittableRandom random = stream(seed, "Math.random", 0);
        return random::nextDouble;
    }

    /** The generator of one named draw: a pure function of the seed, the name and the occurrence. */
    static SplittableRandom stream(long seed, String name, int occurrence) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the name's UTF-8 bytes
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return new SplittableRandom(new SplittableRandom(seed ^ h).nextLong() + occurrence * 0x9E3779B97F4A7C15L);
    }

    /** Every decision taken so far, in order. */
    public List<Taken> taken() {
        return List.copyOf(taken);
    }

    /** Every draw taken so far, in order. */
    public List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    /** The seed, the decisions and the draws: what {@link #replaying(Record)} takes again. */
    public Record record() {
        return new Record(seed, taken, drawn);
    }

    /** Forced outcomes the run never asked for: usually a misspelt or unreachable {@code --choose}. */
    public List<Forced> unused() {
        return forced.stream().filter(f -> !used.contains(f)).toList();
    }
}
