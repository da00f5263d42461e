package dev.loopsim.cli;

import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.run.Run;
import java.util.List;
import java.util.Locale;

/**
 * What {@code loopsim explore} prints about a search: the distinct outcomes with how often each appeared
 * (failing ones marked), the coverage of an exhaustive search, and the shrunk counterexample in the
 * scenario's own terms with its violation, the stdout diff against a passing run and the replay command.
 */
final class ExplorationReport {
    /** Outcomes listed; the rest are summed up in one line. */
    static final int OUTCOMES_SHOWN = 10;
    /** Width of an outcome's stdout summary. */
    private static final int STDOUT_WIDTH = 72;
    /** Default decisions told after the non-default ones. */
    private static final int DEFAULTS_SHOWN = 6;

    private ExplorationReport() {}

    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1,000 runs} / {@code 1 run}. */
    static String count(long n, String noun) {
        return number(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** The search's header, the coverage line of an exhaustive one, and the outcomes. */
    static String outcomes(Exploration exploration) {
        StringBuilder out = new StringBuilder();
        exploration.coverage().ifPresent(c -> out.append(
                        c.complete()
                                ? "covered all " + count(c.schedules(), "schedule")
                                : "stopped at the bound of " + count(c.schedules(), "schedule")
                                        + ": coverage incomplete")
                .append('\n'));
        List<Exploration.Outcome> outcomes = exploration.outcomes();
        out.append(outcomes.size() == 1 ? "1 outcome:" : number(outcomes.size()) + " outcomes:")
                .append('\n');
        int width = number(exploration.runs()).length();
        for (int i = 0; i < Math.min(outcomes.size(), OUTCOMES_SHOWN); i++) {
            Exploration.Outcome o = outcomes.get(i);
            out.append(o.failed() ? "  FAIL " : "       ")
                    .append(" ".repeat(Math.max(0, width - number(o.count()).length())))
                    .append(number(o.count()))
                    .append(o.count() == 1 ? " run   exit " : " runs  exit ")
                    .append(o.exitCode())
                    .append("  ")
                    .append(summary(o.stdout()));
            o.violation().ifPresent(v -> out.append("\n")
                    .append(" ".repeat(8 + width))
                    .append("  ↳ ")
                    .append(v));
            out.append('\n');
        }
        if (outcomes.size() > OUTCOMES_SHOWN) {
            List<Exploration.Outcome> rest = outcomes.subList(OUTCOMES_SHOWN, outcomes.size());
            int runs = rest.stream().mapToInt(Exploration.Outcome::count).sum();
            long failing = rest.stream().filter(Exploration.Outcome::failed).count();
            out.append("  … and ")
                    .append(count(rest.size(), "more outcome"))
                    .append(" in ")
                    .append(count(runs, "run"))
                    .append(failing == 0 ? "" : ", " + number(failing) + " of them failing")
                    .append('\n');
        }
        return out.toString();
    }

    /** One line of stdout: its lines joined with {@code ⏎}, cut at the width; {@code (no output)} when empty. */
    static String summary(String stdout) {
        if (stdout.isEmpty()) {
            return "(no output)";
        }
        List<String> lines = stdout.lines().toList();
        String joined = String.join(" ⏎ ", lines);
        if (joined.length() <= STDOUT_WIDTH) {
            return joined;
        }
        String more = " … (" + count(lines.size(), "line") + ")";
        return joined.substring(0, STDOUT_WIDTH - more.length()) + more;
    }

    /** The counterexample: how it was found and shrunk, its decisions as sentences, and its violation. */
    static String counterexample(
            Exploration exploration, Exploration.Counterexample c, List<DecisionSentences.Sentence> sentences) {
        StringBuilder out = new StringBuilder();
        out.append(number(exploration.failures()))
                .append(" of ")
                .append(count(exploration.runs(), "run"))
                .append(" failed. The first, run ")
                .append(number(c.run() + 1))
                .append(", shrank in ")
                .append(count(c.shrinkAttempts(), "re-run"))
                .append(" from ")
                .append(count(c.found().size(), "decision"))
                .append(" to this counterexample:\n");
        int n = 0;
        for (DecisionSentences.Sentence s : sentences) {
            if (!s.isDefault()) {
                out.append("  ").append(++n).append(". ").append(s.text());
                out.append("   [").append(s.choice()).append("]\n");
            }
        }
        if (n == 0) {
            out.append("  every decision at its default (the smallest latency, no failure, node's usual order)\n");
        } else {
            List<DecisionSentences.Sentence> defaults = sentences.stream()
                    .filter(DecisionSentences.Sentence::isDefault)
                    .toList();
            if (!defaults.isEmpty()) {
                out.append("  and ")
                        .append(
                                defaults.size() == 1
                                        ? "the other decision at its default"
                                        : "the other " + number(defaults.size()) + " decisions at their defaults")
                        .append(":\n");
                for (int i = 0; i < Math.min(defaults.size(), DEFAULTS_SHOWN); i++) {
                    out.append("     ").append(defaults.get(i).text()).append('\n');
                }
                if (defaults.size() > DEFAULTS_SHOWN) {
                    out.append("     … ")
                            .append(number(defaults.size() - DEFAULTS_SHOWN))
                            .append(" more\n");
                }
            }
        }
        if (c.violation().kind().equals(Invariant.NEVER_ENDS)) {
            out.append("  (not shrunk: a run that never ends takes as long as loopsim's callback limit to re-run)\n");
        } else if (c.shrinkBudgetExhausted()) {
            out.append("  (shrinking stopped at its budget of ")
                    .append(count(c.shrinkAttempts(), "re-run"))
                    .append(", --shrink-attempts: a smaller counterexample may exist)\n");
        }
        out.append("violation: ").append(c.violation()).append('\n');
        return out.toString();
    }

    /** The stdout diff from the passing run to the counterexample, or why there is none. */
    static String stdoutDiff(Exploration.Counterexample c) {
        if (c.passing().isEmpty()) {
            return "stdout: no run passed, so there is no passing stdout to compare with\n";
        }
        Run passing = c.passing().get();
        String diff = UnifiedDiff.of(
                "passing run (" + passingLabel(passing) + ")",
                passing.stdout(),
                "counterexample",
                c.minimalRun().stdout());
        if (diff.isEmpty()) {
            return "stdout: the same as a passing run's (" + passingLabel(passing) + "); they differ in exit code or"
                    + " stderr\n";
        }
        return "stdout, the counterexample against a passing run:\n" + diff;
    }

    /** {@code every decision at its default} or {@code --replay 3,0,1}. */
    static String passingLabel(Run passing) {
        ChoiceSequence sequence = ChoiceSequence.of(passing.answers()).trimmed();
        return sequence.size() == 0 ? "every decision at its default" : "--replay " + replayArgument(sequence);
    }

    /** The {@code --replay} argument: {@code 20,0,1}, or {@code 0} for the all-defaults run. */
    static String replayArgument(ChoiceSequence sequence) {
        return sequence.size() == 0 ? "0" : sequence.toReplayArgument();
    }
}
