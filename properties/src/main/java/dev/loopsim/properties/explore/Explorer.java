package dev.loopsim.properties.explore;

import dev.loopsim.properties.run.Choice;
import dev.loopsim.properties.run.ChoiceStream;
import dev.loopsim.properties.run.LargeStack;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import dev.loopsim.properties.run.Subject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Searches the runs of a script for one that breaks an invariant: each run is a pure function of its
 * choice sequence, the strategy decides which sequences to run, runs go in parallel on worker threads,
 * and the first failing run (in run order, so the report is the same whatever the thread count) is
 * shrunk to a minimal counterexample.
 */
public final class Explorer {

    /**
     * How to search.
     *
     * @param runs how many runs (for {@link SearchStrategy.Exhaustive}, its own bound applies)
     * @param jobs worker threads
     * @param shrinkAttempts the most re-runs shrinking may take
     * @param runTimeout how long one run may take on the wall clock before the search gives up on it
     */
    public record Settings(
            SearchStrategy strategy, int runs, long seed, int jobs, int shrinkAttempts, Duration runTimeout) {
        public Settings {
            if (runs < 1 || jobs < 1) {
                throw new IllegalArgumentException("runs and jobs must be at least 1: " + runs + ", " + jobs);
            }
            if (shrinkAttempts < 0) {
                throw new IllegalArgumentException("shrink attempts cannot be negative: " + shrinkAttempts);
            }
            if (runTimeout.isNegative() || runTimeout.isZero()) {
                throw new IllegalArgumentException("a run's time limit must be positive: " + runTimeout);
            }
        }

        /** 1,000 random runs from seed 0 on every core, 2,000 shrinking re-runs, 60 s per run. */
        public static Settings defaults() {
            return new Settings(
                    new SearchStrategy.Random(),
                    1000,
                    0,
                    Runtime.getRuntime().availableProcessors(),
                    2000,
                    Duration.ofSeconds(60));
        }

        public Settings withStrategy(SearchStrategy strategy) {
            return new Settings(strategy, runs, seed, jobs, shrinkAttempts, runTimeout);
        }

        public Settings withRuns(int runs) {
            return new Settings(strategy, runs, seed, jobs, shrinkAttempts, runTimeout);
        }

        public Settings withSeed(long seed) {
            return new Settings(strategy, runs, seed, jobs, shrinkAttempts, runTimeout);
        }

        public Settings withJobs(int jobs) {
            return new Settings(strategy, runs, seed, jobs, shrinkAttempts, runTimeout);
        }

        public Settings withShrinkAttempts(int shrinkAttempts) {
            return new Settings(strategy, runs, seed, jobs, shrinkAttempts, runTimeout);
        }

        public Settings withRunTimeout(Duration runTimeout) {
            return new Settings(strategy, runs, seed, jobs, shrinkAttempts, runTimeout);
        }
    }

    /** Hears how far a search has got, from the thread that runs {@link #explore}. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total, int failures);

        Progress NONE = (done, total, failures) -> {};
    }

    /** A run that did not end within the settings' wall-clock limit: the script probably never ends. */
    public static final class RunTimeout extends RuntimeException {
        public RunTimeout(String message) {
            super(message, null, false, false);
        }
    }

    private final Subject subject;
    private final Invariant invariant;
    private final Settings settings;

    /** A search over the runs of {@code subject} (a {@link Script}, or generated programs). */
    public Explorer(Subject subject, Invariant invariant, Settings settings) {
        this.subject = subject;
        this.invariant = invariant;
        this.settings = settings;
    }

    /** The search with the default settings and the {@link Invariant#exitsZero()} invariant. */
    public static Exploration explore(Script script) {
        return new Explorer(script, Invariant.exitsZero(), Settings.defaults()).explore(Progress.NONE);
    }

    /** One run's result as the search keeps it. */
    private record Sample(int[] answers, int[] bounds, String stdout, int exitCode, Violation violation) {
        static Sample of(Run run, Optional<Violation> violation) {
            return new Sample(
                    run.answers(),
                    run.choices().stream().mapToInt(c -> c.decision().bound()).toArray(),
                    run.stdout(),
                    run.exitCode(),
                    violation.orElse(null));
        }
    }

    public Exploration explore(Progress progress) {
        ExecutorService workers = workers();
        try {
            List<Sample> samples;
            Optional<Exploration.Coverage> coverage = Optional.empty();
            if (settings.strategy() instanceof SearchStrategy.Exhaustive exhaustive) {
                Exhaustive search = new Exhaustive(exhaustive.maxSchedules(), workers, progress);
                samples = search.run();
                coverage = Optional.of(new Exploration.Coverage(search.complete, samples.size()));
            } else {
                samples = sampled(workers, progress);
            }
            return report(samples, coverage, workers);
        } finally {
            workers.shutdownNow();
        }
    }

    /** The settings' number of threads, each with a large stack, as daemons: runs go on them. */
    private ExecutorService workers() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(settings.jobs(), task -> {
            Thread thread = new Thread(null, task, "explore-" + count.incrementAndGet(), LargeStack.STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * One run on a worker, waited for at most the settings' run timeout; a run that takes longer is
     * interrupted (the simulation stops at its next callback or backward jump) and is a {@link RunTimeout}.
     */
    private <T> T timed(ExecutorService workers, Callable<T> run) {
        Future<T> future = workers.submit(run);
        try {
            return future.get(settings.runTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw timeout();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exploring " + subject.fileName(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private RunTimeout timeout() {
        Duration limit = settings.runTimeout();
        String within = limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
        return new RunTimeout("a run of " + subject.fileName() + " did not end within " + within
                + " of wall-clock time (does it loop forever?)");
    }

    private Sample sample(ChoiceStream stream) {
        Run run = subject.runHere(stream, invariant.readsTrace());
        return Sample.of(run, invariant.check(run));
    }

    // ---- random, few deviations, swarm: run i is a function of (seed, i) alone

    private List<Sample> sampled(ExecutorService workers, Progress progress) {
        int runs = settings.runs();
        int defaultLength = 0;
        if (settings.strategy() instanceof SearchStrategy.FewDeviations) {
            // Run 0 takes every default; its length is where the deviations of the other runs land.
            defaultLength = timed(workers, () -> sample(ChoiceStream.DEFAULTS)).answers().length;
        }
        int length = defaultLength;
        Sample[] samples = new Sample[runs];
        CompletionService<Integer> done = new ExecutorCompletionService<>(workers);
        int next = 0;
        int running = 0;
        int finished = 0;
        int failures = 0;
        while (finished < runs) {
            while (running < settings.jobs() * 2 && next < runs) {
                int index = next++;
                done.submit(() -> {
                    samples[index] = sample(streamFor(index, length));
                    return index;
                });
                running++;
            }
            int index = await(poll(done));
            running--;
            finished++;
            if (samples[index].violation() != null) {
                failures++;
            }
            progress.update(finished, runs, failures);
        }
        return Arrays.asList(samples);
    }

    /** The answers of run {@code index}: a pure function of the seed, the index and the strategy. */
    private ChoiceStream streamFor(int index, int defaultLength) {
        SplittableRandom random = new SplittableRandom(mix(settings.seed(), index));
        return switch (settings.strategy()) {
            case SearchStrategy.Random r -> decision -> decision.sample(random);
            case SearchStrategy.FewDeviations few -> {
                if (index == 0) {
                    yield ChoiceStream.DEFAULTS;
                }
                int count = 1 + random.nextInt(few.deviations());
                TreeSet<Integer> positions = new TreeSet<>();
                for (int i = 0; i < count; i++) {
                    positions.add(random.nextInt(Math.max(1, defaultLength)));
                }
                int[] position = {0};
                yield decision -> {
                    if (!positions.contains(position[0]++) || decision.bound() < 2) {
                        return 0;
                    }
                    int answer = decision.sample(random);
                    return answer != 0 ? answer : 1 + random.nextInt(decision.bound() - 1);
                };
            }
            case SearchStrategy.Swarm s -> {
                long runSeed = random.nextLong();
                Map<String, Boolean> enabled = new HashMap<>();
                yield decision -> enabled.computeIfAbsent(
                                decision.name(),
                                name -> new SplittableRandom(mix(runSeed, name.hashCode())).nextBoolean())
                        ? decision.sample(random)
                        : 0;
            }
            case SearchStrategy.Exhaustive e -> throw new IllegalStateException("exhaustive is not sampled");
        };
    }

    /** A 64-bit mix of two numbers (SplitMix64's finaliser over their combination). */
    static long mix(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ---- exhaustive: depth-first, in lexicographic order of the sequences, deterministic in parallel

    private static final Comparator<int[]> LEXICOGRAPHIC = Arrays::compare;

    /**
     * Each run follows a prefix and takes defaults after it; its sequence (the leaf) is the smallest in
     * the prefix's subtree, and its children are the prefixes that change one later answer. The smallest
     * pending prefix therefore always leads to the smallest unexplored leaf, so running prefixes in that
     * order is depth-first order. With several runs in flight, a leaf counts once nothing pending or
     * running can come before it, and the first {@code max} leaves in that order are the result whatever
     * the thread count.
     */
    private final class Exhaustive {
        private final int max;
        private final ExecutorService workers;
        private final Progress progress;
        private boolean complete;

        Exhaustive(int max, ExecutorService workers, Progress progress) {
            this.max = max;
            this.workers = workers;
            this.progress = progress;
        }

        List<Sample> run() {
            // A pending prefix → the bound of its last answer, so that its next sibling is made only when
            // it is taken: a decision with a huge range costs one entry, not one per answer.
            TreeMap<int[], Integer> pending = new TreeMap<>(LEXICOGRAPHIC);
            TreeMap<int[], Sample> leaves = new TreeMap<>(LEXICOGRAPHIC);
            TreeSet<int[]> running = new TreeSet<>(LEXICOGRAPHIC);
            CompletionService<int[]> done = new ExecutorCompletionService<>(workers);
            Map<int[], Sample> results = new java.util.concurrent.ConcurrentHashMap<>();
            Settled settled = new Settled(leaves);
            pending.put(new int[0], 1);
            int failures = 0;
            while (true) {
                while (running.size() < settings.jobs() * 2 && !pending.isEmpty()) {
                    Map.Entry<int[], Integer> next = pending.pollFirstEntry();
                    int[] prefix = next.getKey();
                    int last = prefix.length - 1;
                    if (last >= 0 && prefix[last] + 1 < next.getValue()) {
                        int[] sibling = prefix.clone();
                        sibling[last]++;
                        pending.put(sibling, next.getValue());
                    }
                    running.add(prefix);
                    done.submit(() -> {
                        results.put(prefix, sample(ChoiceSequence.of(prefix).stream()));
                        return prefix;
                    });
                }
                if (running.isEmpty()) {
                    complete = leaves.size() <= max;
                    break;
                }
                int[] prefix = await(poll(done));
                running.remove(prefix);
                Sample sample = results.remove(prefix);
                leaves.put(sample.answers(), sample);
                if (sample.violation() != null) {
                    failures++;
                }
                int[] leaf = sample.answers();
                for (int i = prefix.length; i < leaf.length; i++) {
                    if (sample.bounds()[i] > 1) {
                        int[] child = Arrays.copyOf(leaf, i + 1);
                        child[i] = 1;
                        pending.put(child, sample.bounds()[i]);
                    }
                }
                int count = settled.before(frontier(pending, running));
                progress.update(Math.min(count, max), max, failures);
                if (count >= max && (count > max || !pending.isEmpty() || !running.isEmpty())) {
                    complete = false;
                    break;
                }
            }
            return leaves.values().stream().limit(max).toList();
        }

        /** The smallest prefix pending or running, or null: no unexplored leaf comes before it. */
        private static int[] frontier(TreeMap<int[], Integer> pending, TreeSet<int[]> running) {
            int[] frontier = pending.isEmpty() ? null : pending.firstKey();
            if (!running.isEmpty() && (frontier == null || LEXICOGRAPHIC.compare(running.first(), frontier) < 0)) {
                frontier = running.first();
            }
            return frontier;
        }
    }

    /**
     * Counts the leaves before the frontier. The frontier only moves forward (a new prefix or leaf comes
     * after the prefix it was found from), so the count advances through the leaves once in all.
     */
    private static final class Settled {
        private final TreeMap<int[], Sample> leaves;
        private int[] last;
        private int count;

        Settled(TreeMap<int[], Sample> leaves) {
            this.leaves = leaves;
        }

        int before(int[] frontier) {
            var rest = last == null ? leaves : leaves.tailMap(last, false);
            for (int[] leaf : rest.keySet()) {
                if (frontier != null && LEXICOGRAPHIC.compare(leaf, frontier) >= 0) {
                    break;
                }
                last = leaf;
                count++;
            }
            return count;
        }
    }

    // ---- the report

    private Exploration report(List<Sample> samples, Optional<Exploration.Coverage> coverage, ExecutorService workers) {
        record Key(String stdout, int exitCode, String violationKind) {}
        Map<Key, int[]> counts = new LinkedHashMap<>(); // count, first run
        Map<Key, Violation> violations = new HashMap<>();
        int failures = 0;
        int firstFailure = -1;
        int firstPass = -1;
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            Key key = new Key(
                    s.stdout(),
                    s.exitCode(),
                    s.violation() == null ? null : s.violation().kind());
            counts.computeIfAbsent(key, k -> new int[] {0, -1});
            int[] entry = counts.get(key);
            if (entry[0]++ == 0) {
                entry[1] = i;
                if (s.violation() != null) {
                    violations.put(key, s.violation());
                }
            }
            if (s.violation() != null) {
                failures++;
                if (firstFailure < 0) {
                    firstFailure = i;
                }
            } else if (firstPass < 0) {
                firstPass = i;
            }
        }
        List<Exploration.Outcome> outcomes = new ArrayList<>();
        counts.forEach((key, entry) -> outcomes.add(new Exploration.Outcome(
                key.stdout(), key.exitCode(), Optional.ofNullable(violations.get(key)), entry[0], entry[1])));
        outcomes.sort(Comparator.comparingInt(Exploration.Outcome::count)
                .reversed()
                .thenComparingInt(Exploration.Outcome::firstRun));
        Optional<Exploration.Counterexample> counterexample = Optional.empty();
        if (firstFailure >= 0) {
            Sample failing = samples.get(firstFailure);
            int failingRun = firstFailure;
            Sample passing = firstPass >= 0 ? samples.get(firstPass) : null;
            counterexample = Optional.of(shrink(workers, failingRun, failing, passing));
        }
        return new Exploration(
                settings.strategy(), settings.seed(), samples.size(), outcomes, failures, counterexample, coverage);
    }

    private Exploration.Counterexample shrink(ExecutorService workers, int index, Sample failing, Sample firstPassing) {
        return shrink(
                workers,
                index,
                ChoiceSequence.of(failing.answers()),
                failing.violation(),
                Optional.ofNullable(firstPassing).map(p -> ChoiceSequence.of(p.answers())));
    }

    /**
     * Shrinks {@code found}, which failed with {@code violation} in run {@code index}, to the smallest
     * sequence that still fails the same way (the same {@link Violation#kind()}); a candidate that does
     * not end within the run timeout does not. The run to compare with is the all-defaults one when it
     * passes, else {@code firstPassing}'s. A run that {@linkplain Invariant#NEVER_ENDS never ends} is not
     * shrunk: each re-run would take as long as the callback limit. Also for replaying a failure kept from
     * an earlier search.
     */
    public Exploration.Counterexample shrink(
            int index, ChoiceSequence found, Violation violation, Optional<ChoiceSequence> firstPassing) {
        ExecutorService workers = workers();
        try {
            return shrink(workers, index, found, violation, firstPassing);
        } finally {
            workers.shutdownNow();
        }
    }

    private Exploration.Counterexample shrink(
            ExecutorService workers,
            int index,
            ChoiceSequence found,
            Violation violation,
            Optional<ChoiceSequence> firstPassing) {
        String kind = violation.kind();
        Shrinker shrinker = new Shrinker(
                candidate -> {
                    try {
                        Sample s = timed(workers, () -> sample(candidate.stream()));
                        return s.violation() != null && s.violation().kind().equals(kind);
                    } catch (RunTimeout slow) {
                        return false;
                    }
                },
                settings.shrinkAttempts());
        Shrinker.Result shrunk =
                kind.equals(Invariant.NEVER_ENDS) ? new Shrinker.Result(found, 0, false) : shrinker.shrink(found);
        // Clamped answers and explicit defaults become the run's own answers, without trailing defaults.
        ChoiceSequence minimal = ChoiceSequence.of(
                        timed(workers, () -> subject.runHere(shrunk.minimal().stream(), false))
                                .answers())
                .trimmed();
        Run minimalRun = replay(workers, minimal);
        Optional<Run> defaults = endingReplay(workers, ChoiceSequence.of());
        Optional<Run> passing =
                defaults.isPresent() && invariant.check(defaults.get()).isEmpty()
                        ? defaults
                        : firstPassing.flatMap(sequence -> endingReplay(workers, sequence));
        return new Exploration.Counterexample(
                index,
                found,
                minimal,
                minimalRun,
                invariant.check(minimalRun).orElse(violation),
                shrunk.attempts(),
                shrunk.exhaustedBudget(),
                passing);
    }

    /** The traced run of {@code sequence}, within the run timeout ({@link RunTimeout} past it). */
    public Run replay(ChoiceSequence sequence) {
        ExecutorService workers = workers();
        try {
            return replay(workers, sequence);
        } finally {
            workers.shutdownNow();
        }
    }

    private Run replay(ExecutorService workers, ChoiceSequence sequence) {
        return timed(workers, () -> subject.runHere(sequence.stream(), true));
    }

    /** The traced run of {@code sequence}, or empty when it does not end within the run timeout. */
    private Optional<Run> endingReplay(ExecutorService workers, ChoiceSequence sequence) {
        try {
            return Optional.of(replay(workers, sequence));
        } catch (RunTimeout slow) {
            return Optional.empty();
        }
    }

    private <T> Future<T> poll(CompletionService<T> done) {
        try {
            Future<T> next = done.poll(settings.runTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (next == null) {
                throw timeout();
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exploring " + subject.fileName(), e);
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exploring", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The choices of a run in the run's own terms, one per line: {@code latency:…@1 = 41 ms}. */
    public static List<String> describe(Run run) {
        return run.choices().stream().map(Choice::toString).toList();
    }
}
