package dev.loopsim.bench;

import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.Explorer;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.run.Script;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Explore throughput for bench/explore-throughput: random runs per second of one scenario through
 * {@link Explorer}, for each job count, after a warm-up, as the median of a few repetitions.
 *
 * <p>Usage: {@code ExploreThroughput SCENARIO [RUNS [REPETITIONS [JOBS...]]]} (defaults 2000, 5, 1 2).
 * Prints one line per job count: {@code jobs=N runs/s=MEDIAN min=… max=… (R × RUNS runs)}.
 */
public final class ExploreThroughput {
    private ExploreThroughput() {}

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ExploreThroughput SCENARIO [RUNS [REPETITIONS [JOBS...]]]");
            System.exit(2);
        }
        Script script = Script.load(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int repetitions = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int[] jobCounts = args.length > 3
                ? Arrays.stream(args, 3, args.length)
                        .mapToInt(Integer::parseInt)
                        .toArray()
                : new int[] {1, 2};

        // Warm-up: the interpreter's hot paths compiled by the JIT before anything is timed (fewer
        // warm-up runs left the first job count measured 30-50 % slower than the same count later).
        int maxJobs = Arrays.stream(jobCounts).max().orElse(1);
        for (int i = 0; i < 5; i++) {
            explore(script, runs, 1000 + i, i % 2 == 0 ? 1 : maxJobs);
        }
        // Repetitions take the job counts in turn, so a change of the machine's load touches all alike.
        double[][] perSecond = new double[jobCounts.length][repetitions];
        for (int r = 0; r < repetitions; r++) {
            for (int j = 0; j < jobCounts.length; j++) {
                long start = System.nanoTime();
                Exploration exploration = explore(script, runs, r, jobCounts[j]);
                double seconds = (System.nanoTime() - start) / 1e9;
                perSecond[j][r] = exploration.runs() / seconds;
                if (exploration.failed()) {
                    // A failure adds shrinking to the time: the figure would not be runs per second.
                    System.err.println("warning: seed " + r + " found a failure; its time includes shrinking");
                }
            }
        }
        for (int j = 0; j < jobCounts.length; j++) {
            double[] sorted = perSecond[j].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    "jobs=%d runs/s=%.0f min=%.0f max=%.0f (%d x %d runs)%n",
                    jobCounts[j], sorted[repetitions / 2], sorted[0], sorted[repetitions - 1], repetitions, runs);
        }
    }

    private static Exploration explore(Script script, int runs, long seed, int jobs) {
        Explorer.Settings settings =
                Explorer.Settings.defaults().withRuns(runs).withSeed(seed).withJobs(jobs);
        return new Explorer(script, Invariant.exitsZero(), settings).explore(Explorer.Progress.NONE);
    }
}
