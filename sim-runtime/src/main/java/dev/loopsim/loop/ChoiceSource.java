package dev.loopsim.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The simulation's one source of decisions: every choice point asks here. It answers with the outcome a
 * user forced ({@code --choose}), else what its strategy picks (the explorer's, or seeded random), else
 * Node's more frequent outcome; and it records every answer, so a run can be replayed from that record.
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

    /** A forced outcome, for every occurrence of the point ({@code occurrence == 0}) or for one. */
    public record Forced(ChoicePoint point, int occurrence, int outcome) {

        /** Parses {@code NAME=OUTCOME} or {@code NAME@K=OUTCOME}; a bad one is a message for the user. */
        public static Forced parse(String text) {
            int eq = text.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("--choose " + text + ": expected NAME=OUTCOME or NAME@K=OUTCOME");
            }
            String name = text.substring(0, eq);
            String outcome = text.substring(eq + 1);
            int occurrence = 0;
            int at = name.indexOf('@');
            if (at >= 0) {
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
            ChoicePoint point = ChoicePoint.ALL.stream()
                    .filter(p -> p.name().equals(wanted))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("--choose " + text + ": no choice point named '"
                            + wanted + "' (known: "
                            + String.join(
                                    ", ",
                                    ChoicePoint.ALL.stream()
                                            .map(ChoicePoint::name)
                                            .toList()) + ")"));
            int index = point.outcomeIndex(outcome);
            if (index < 0) {
                throw new IllegalArgumentException("--choose " + text + ": '" + wanted + "' has the outcomes "
                        + String.join(", ", point.outcomes()));
            }
            return new Forced(point, occurrence, index);
        }

        @Override
        public String toString() {
            return point.name() + (occurrence == 0 ? "" : "@" + occurrence) + "="
                    + point.outcomes().get(outcome);
        }
    }

    /** Picks outcomes for the points nobody forced; -1 leaves Node's more frequent outcome. */
    @FunctionalInterface
    public interface Strategy {
        int pick(ChoicePoint point, int occurrence);

        /** Node's more frequent outcome, always. */
        Strategy DEFAULT = (point, occurrence) -> -1;

        /** Every outcome equally likely, from a seeded generator: the same seed, the same picks. */
        static Strategy random(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            return (point, occurrence) -> random.nextInt(point.outcomes().size());
        }
    }

    private final List<Forced> forced;
    private final Strategy strategy;
    private final List<Taken> taken = new ArrayList<>();
    private final Map<ChoicePoint, Integer> occurrences = new HashMap<>();
    private final Set<Forced> used = new LinkedHashSet<>();

    public ChoiceSource(List<Forced> forced, Strategy strategy) {
        this.forced = List.copyOf(forced);
        this.strategy = strategy;
    }

    /** Node's more frequent outcome everywhere, recorded. */
    public static ChoiceSource defaults() {
        return new ChoiceSource(List.of(), Strategy.DEFAULT);
    }

    /** Takes again every decision of a recorded run; decisions past the record take the default. */
    public static ChoiceSource replaying(List<Taken> record) {
        return new ChoiceSource(
                record.stream()
                        .map(t -> new Forced(t.point(), t.occurrence(), t.outcome()))
                        .toList(),
                Strategy.DEFAULT);
    }

    @Override
    public int choose(ChoicePoint point) {
        int occurrence = occurrences.merge(point, 1, Integer::sum);
        int outcome = -1;
        for (Forced f : forced) {
            if (f.point().equals(point) && (f.occurrence() == occurrence || f.occurrence() == 0 && outcome < 0)) {
                outcome = f.outcome();
                used.add(f);
            }
        }
        if (outcome < 0) {
            int picked = strategy.pick(point, occurrence);
            outcome = picked >= 0 && picked < point.outcomes().size() ? picked : 0;
        }
        Taken t = new Taken(point, occurrence, outcome);
        taken.add(t);
        return outcome;
    }

    /** Every decision taken so far, in order. */
    public List<Taken> taken() {
        return List.copyOf(taken);
    }

    /** Forced outcomes the run never asked for: usually a misspelt or unreachable {@code --choose}. */
    public List<Forced> unused() {
        return forced.stream().filter(f -> !used.contains(f)).toList();
    }
}
