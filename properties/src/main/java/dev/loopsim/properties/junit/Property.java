package dev.loopsim.properties.junit;

import dev.loopsim.properties.assertions.CounterexampleMessage;
import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.Explorer;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.explore.SearchStrategy;
import dev.loopsim.properties.explore.Violation;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Subject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.opentest4j.AssertionFailedError;

/**
 * A property of a script's runs as a JUnit test states it: how to search ({@link #runs}, {@link #seed},
 * {@link #strategy}, …), where failures are kept ({@link #failures}), and what must hold
 * ({@link #check}, {@link #forAll}). A failing property is one {@link AssertionFailedError} with the
 * seed, the strategy, the shrunk choices and the replay lines. Immutable: each setting returns a new one.
 */
public final class Property {
    private final Subject script;
    private final Explorer.Settings settings;
    private final String strategy;
    private final FailureStore store;

    private Property(Subject script, Explorer.Settings settings, String strategy, FailureStore store) {
        this.script = script;
        this.settings = settings;
        this.strategy = strategy;
        this.store = store;
    }

    static Property of(Subject script) {
        return new Property(script, Explorer.Settings.defaults(), null, null);
    }

    /** How many runs to explore (an exhaustive search: the most schedules). */
    public Property runs(int runs) {
        return new Property(script, settings.withRuns(runs), strategy, store);
    }

    public Property seed(long seed) {
        return new Property(script, settings.withSeed(seed), strategy, store);
    }

    public Property strategy(SearchStrategy strategy) {
        return new Property(script, settings.withStrategy(strategy), null, store);
    }

    /** {@code random}, {@code pct}, {@code pct:N}, {@code swarm} or {@code exhaustive} (bounded by {@link #runs}). */
    public Property strategy(String name) {
        SearchStrategy.parse(name, settings.runs()); // a bad name fails here, where it is written
        return new Property(script, settings, name, store);
    }

    /** Worker threads (default: every core). The result does not depend on it. */
    public Property jobs(int jobs) {
        return new Property(script, settings.withJobs(jobs), strategy, store);
    }

    /** The most re-runs shrinking may take. */
    public Property shrinkAttempts(int attempts) {
        return new Property(script, settings.withShrinkAttempts(attempts), strategy, store);
    }

    /** How long one run may take on the wall clock before the property fails as a run that never ends. */
    public Property runTimeout(Duration timeout) {
        return new Property(script, settings.withRunTimeout(timeout), strategy, store);
    }

    /** Replay {@code store}'s sequences first, and keep a new failure there ({@link LoopsimExtension} gives one). */
    public Property failures(FailureStore store) {
        return new Property(script, settings, strategy, store);
    }

    /** The explorer's settings this property runs with. */
    public Explorer.Settings settings() {
        return strategy == null ? settings : settings.withStrategy(SearchStrategy.parse(strategy, settings.runs()));
    }

    /**
     * Every run satisfies {@code invariant}: first each stored failure is replayed, then the search runs.
     * Returns the exploration when nothing failed; otherwise throws one {@link AssertionFailedError}.
     */
    public Exploration check(Invariant invariant) {
        Explorer.Settings settings = settings();
        if (store != null) {
            Optional<String> failure;
            try {
                failure = replayStored(invariant, settings);
            } catch (Explorer.RunTimeout timeout) {
                throw new AssertionFailedError(
                        timeout.getMessage() + " (replaying the failure store " + store.file(name()) + ")");
            }
            if (failure.isPresent()) {
                throw new AssertionFailedError(failure.get());
            }
        }
        Exploration exploration = explore(invariant);
        if (exploration.counterexample().isPresent()) {
            Exploration.Counterexample counterexample =
                    exploration.counterexample().get();
            if (store != null) {
                store.failed(name(), counterexample.minimal(), note(counterexample.violation(), settings));
            }
            throw new AssertionFailedError(
                    withProgram(CounterexampleMessage.of(script.fileName(), exploration), counterexample));
        }
        return exploration;
    }

    /**
     * Every run passes {@code assertions} — loopsim's or AssertJ's, any {@link AssertionError}: one thrown
     * is the violation, its message the violation's message. The run is traced, so
     * {@code assertThat(run).ran("b").before("a")} works inside.
     */
    public Exploration forAll(Consumer<Run> assertions) {
        return check(new AssertionInvariant(assertions));
    }

    /** The search alone, without the failure store and without failing: for asserting on the exploration. */
    public Exploration explore(Invariant invariant) {
        try {
            return new Explorer(script, invariant, settings()).explore(Explorer.Progress.NONE);
        } catch (Explorer.RunTimeout timeout) {
            throw new AssertionFailedError(timeout.getMessage() + " ("
                    + CounterexampleMessage.settings(
                            settings().strategy(), settings().seed()) + ")");
        }
    }

    /** The property's name in the failure store: the script's file name. */
    String name() {
        Path file = Path.of(script.fileName()).getFileName();
        return file == null ? script.fileName() : file.toString();
    }

    /**
     * Replays the stored sequences, most recent first, each within the run timeout: the message of the
     * first that still fails, shrunk again (the script may have changed since), or empty.
     */
    private Optional<String> replayStored(Invariant invariant, Explorer.Settings settings) {
        for (FailureStore.Entry entry : store.entries(name())) {
            Run run = new Explorer(script, invariant, settings).replay(entry.sequence());
            Optional<Violation> violation = invariant.check(run);
            if (violation.isEmpty()) {
                store.passed(name(), entry.sequence());
                continue;
            }
            Exploration.Counterexample counterexample = new Explorer(script, invariant, settings)
                    .shrink(0, entry.sequence(), violation.get(), Optional.empty());
            store.failed(name(), counterexample.minimal(), note(counterexample.violation(), settings));
            String foundBy = CounterexampleMessage.settings(settings.strategy(), settings.seed())
                    + ": not explored; replayed from the failure store " + store.file(name())
                    + ", where an earlier run kept it";
            return Optional.of(
                    withProgram(CounterexampleMessage.of(script.fileName(), foundBy, counterexample), counterexample));
        }
        return Optional.empty();
    }

    /** A generated program's failure message ends with the minimal program, which exists nowhere else. */
    private String withProgram(String message, Exploration.Counterexample counterexample) {
        return script.programText(counterexample.minimal().stream())
                .map(text -> message + "\n  the minimal program:\n    "
                        + text.strip().replace("\n", "\n    "))
                .orElse(message);
    }

    private static String note(Violation violation, Explorer.Settings settings) {
        return violation.kind() + " (" + CounterexampleMessage.settings(settings.strategy(), settings.seed()) + ")";
    }
}
