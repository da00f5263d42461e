package dev.loopsim.properties.assertions;

import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.SearchStrategy;
import dev.loopsim.properties.run.Choice;
import dev.loopsim.properties.run.Run;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The message of a failed property: the violation, how it was found (strategy and seed), the shrunk
 * choices in the scenario's own terms, the minimal choice sequence with the lines that replay it from the
 * command line and from Java, and what the minimal run and a passing run printed.
 */
public final class CounterexampleMessage {
    /** Stands for the script in a replay line when the message does not know its file. */
    public static final String UNKNOWN_SCRIPT = "SCRIPT";

    private CounterexampleMessage() {}

    /** The message for an exploration's counterexample, found by its search. */
    public static String of(String scriptFile, Exploration exploration) {
        Exploration.Counterexample counterexample = exploration
                .counterexample()
                .orElseThrow(() -> new IllegalArgumentException("the exploration found no failure"));
        String foundBy = settings(exploration.strategy(), exploration.seed()) + ": run " + counterexample.run()
                + " (counting from 0) was the first to fail; " + exploration.failures() + " of "
                + exploration.runs() + " runs failed";
        return of(scriptFile, foundBy, counterexample);
    }

    /** {@code strategy random, seed 42}. */
    public static String settings(SearchStrategy strategy, long seed) {
        return "strategy " + strategy + ", seed " + seed;
    }

    /** The message for {@code counterexample}, found as {@code foundBy} says. */
    public static String of(String scriptFile, String foundBy, Exploration.Counterexample counterexample) {
        String script = displayed(scriptFile);
        ChoiceSequence minimal = counterexample.minimal();
        Run run = counterexample.minimalRun();
        StringBuilder b = new StringBuilder();
        b.append("property failed: ")
                .append(script)
                .append(": ")
                .append(counterexample.violation().kind());
        b.append("\n  found by: ").append(foundBy);
        b.append("\n  shrunk from ")
                .append(counterexample.found())
                .append(" in ")
                .append(counterexample.shrinkAttempts())
                .append(" re-runs")
                .append(
                        counterexample.shrinkBudgetExhausted()
                                ? " (the shrink budget ran out: it may shrink further)"
                                : "");
        b.append("\n  the minimal run's choices:");
        if (run.choices().isEmpty()) {
            b.append(" none (the run makes no decision: it fails every time)");
        }
        for (Choice choice : run.choices()) {
            b.append("\n    ").append(choice);
        }
        b.append("\n  minimal choice sequence: ").append(minimal);
        b.append("\n  replay: ").append(replayLine(script, minimal));
        b.append("\n  in Java: script.run(ChoiceSequence.parse(\"")
                .append(minimal)
                .append("\").stream(), true)");
        b.append("\n  violation: ").append(indented(counterexample.violation().toString()));
        b.append("\n  the minimal run printed (exit code ")
                .append(run.exitCode())
                .append("):")
                .append(indented(RunAssert.block(run.stdoutLines())));
        if (!run.stderr().isEmpty()) {
            b.append("\n  and to stderr:")
                    .append(indented(RunAssert.block(run.stderr().lines().toList())));
        }
        counterexample.passing().ifPresent(passing -> b.append("\n  a passing run (")
                .append(nonDefault(passing))
                .append(") printed (exit code ")
                .append(passing.exitCode())
                .append("):")
                .append(indented(RunAssert.block(passing.stdoutLines()))));
        return b.toString();
    }

    /** {@code loopsim run FILE --replay 20,0,1}; without {@code --replay} when every answer is the default. */
    static String replayLine(String script, ChoiceSequence minimal) {
        String line = "loopsim run " + script;
        if (minimal.size() == 0) {
            return line;
        }
        return line + " --replay " + minimal.toReplayArgument();
    }

    private static String nonDefault(Run run) {
        List<String> changed = run.choices().stream()
                .filter(c -> c.index() != 0)
                .map(Choice::toString)
                .toList();
        return changed.isEmpty() ? "every decision at its default" : String.join(", ", changed);
    }

    /** The script's path relative to the working directory when it lies below it. */
    private static String displayed(String scriptFile) {
        if (scriptFile == null) {
            return UNKNOWN_SCRIPT;
        }
        try {
            Path file = Path.of(scriptFile);
            Path here = Path.of("").toAbsolutePath();
            return file.isAbsolute() && file.startsWith(here)
                    ? here.relativize(file).toString()
                    : scriptFile;
        } catch (InvalidPathException e) {
            return scriptFile;
        }
    }

    private static String indented(String text) {
        return text.replace("\n", "\n    ");
    }
}
