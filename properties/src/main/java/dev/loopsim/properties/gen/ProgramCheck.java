package dev.loopsim.properties.gen;

import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.explore.Shrinker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Checks a property over many generated programs: program {@code i} is generated from the seed {@code
 * seed + i}, programs are checked side by side, and the first failing one (in seed order, so the verdict is
 * the same for any number of threads) is shrunk by shrinking its draws, which makes a smaller program. The
 * failure message has the seed, the program, the shrunk program and the line that replays it.
 *
 * @param <P> what the generator makes: a {@link GeneratedProgram} or a focused generator's program
 */
public final class ProgramCheck<P> {

    /**
     * How many programs, from which seed, on how many threads, and how many re-checks shrinking may take.
     */
    public record Settings(int programs, long seed, int jobs, int shrinkAttempts) {
        public Settings {
            if (programs < 1 || jobs < 1 || shrinkAttempts < 0) {
                throw new IllegalArgumentException("programs and jobs must be at least 1");
            }
        }

        /** {@code programs} programs from {@code seed} on two threads, 300 shrinking re-checks. */
        public static Settings of(int programs, long seed) {
            return new Settings(programs, seed, 2, 300);
        }
    }

    /** What checking one program found: a failure, or how many facts held (for telling a vacuous pass). */
    public sealed interface Verdict {
        record Holds(int facts) implements Verdict {}

        record Fails(String why) implements Verdict {}

        static Verdict holds(int facts) {
            return new Holds(facts);
        }

        static Verdict fails(String why) {
            return new Fails(why);
        }
    }

    /** The result over all programs: how many were checked, how many facts held, and the failure if any. */
    public record Outcome(int programs, long facts, String failure) {
        public boolean passed() {
            return failure == null;
        }
    }

    private final String name;
    private final Function<Draws, P> generator;
    private final Function<P, String> text;
    private final Function<P, Verdict> property;

    /**
     * @param name the property, as the failure message names it
     * @param generator makes a program from draws
     * @param text the program as a person reads it (its JavaScript)
     * @param property checks one program
     */
    public ProgramCheck(
            String name, Function<Draws, P> generator, Function<P, String> text, Function<P, Verdict> property) {
        this.name = name;
        this.generator = generator;
        this.text = text;
        this.property = property;
    }

    private record Checked<P>(long seed, ChoiceSequence draws, P program, Verdict verdict) {}

    public Outcome run(Settings settings) {
        ExecutorService workers = Executors.newFixedThreadPool(settings.jobs(), task -> {
            Thread thread = new Thread(task, "program-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Checked<P>>> futures = new ArrayList<>();
            for (int i = 0; i < settings.programs(); i++) {
                long seed = settings.seed() + i;
                futures.add(workers.submit(() -> checkSeed(seed)));
            }
            long facts = 0;
            for (Future<Checked<P>> future : futures) {
                Checked<P> checked = await(future);
                switch (checked.verdict()) {
                    case Verdict.Holds h -> facts += h.facts();
                    case Verdict.Fails f -> {
                        futures.forEach(other -> other.cancel(true));
                        return new Outcome(settings.programs(), facts, report(checked, f, settings));
                    }
                }
            }
            return new Outcome(settings.programs(), facts, null);
        } finally {
            workers.shutdownNow();
        }
    }

    /** Runs the check and throws an {@link AssertionError} with the report when a program fails it. */
    public Outcome assertHolds(Settings settings) {
        Outcome outcome = run(settings);
        if (!outcome.passed()) {
            throw new AssertionError(outcome.failure());
        }
        return outcome;
    }

    private Checked<P> checkSeed(long seed) {
        Draws.Recording draws = Draws.recording(Draws.random(seed));
        P program = generator.apply(draws);
        return new Checked<>(seed, draws.sequence(), program, verdict(program));
    }

    private Verdict verdict(P program) {
        try {
            return property.apply(program);
        } catch (RuntimeException | AssertionError e) {
            return Verdict.fails(e.toString());
        }
    }

    private String report(Checked<P> failing, Verdict.Fails why, Settings settings) {
        Shrinker.Result shrunk = new Shrinker(
                        candidate -> verdict(generator.apply(Draws.replaying(candidate))) instanceof Verdict.Fails,
                        settings.shrinkAttempts())
                .shrink(failing.draws());
        P small = generator.apply(Draws.replaying(shrunk.minimal()));
        String smallWhy = verdict(small) instanceof Verdict.Fails f ? f.why() : why.why();
        return "property '" + name + "' failed for the program of seed " + failing.seed() + ":\n"
                + indent(why.why())
                + "\nprogram (Draws.random(" + failing.seed() + ")):\n"
                + indent(text.apply(failing.program()))
                + "\nshrunk in " + shrunk.attempts() + " re-checks to draws " + shrunk.minimal() + ":\n"
                + indent(smallWhy)
                + "\nshrunk program:\n"
                + indent(text.apply(small))
                + "\nreplay: generate(Draws.replaying(ChoiceSequence.parse(\"" + shrunk.minimal() + "\")))\n";
    }

    private static String indent(String text) {
        return text.lines()
                        .map(line -> "    " + line)
                        .reduce((a, b) -> a + "\n" + b)
                        .orElse("") + "\n";
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking programs", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("checking a program failed", e.getCause());
        }
    }
}
