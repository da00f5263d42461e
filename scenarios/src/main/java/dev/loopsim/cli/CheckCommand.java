package dev.loopsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.BooleanSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopsim check}: runs every scenario as {@code loopsim run} would, in parallel in this JVM, and
 * compares each with its golden files and timing expectations; reports in file order whatever the
 * parallelism, so the output is the same for any {@code --jobs}. {@code --update} rewrites the golden files.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run scenarios and compare each with NAME.out (stdout), NAME.code (exit code, 0 when absent) and"
                    + " the timings its front-matter expects (docs/scenarios.md).",
            "A directory means every .js and .mjs file in it and below it, except under lib/ directories."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every scenario passed",
            "1:a scenario failed",
            "2:usage error, unreadable file or invalid front-matter",
            "70:internal error in loopsim"
        })
public final class CheckCommand implements Callable<Integer> {
    /** How long past its wall-clock limit a run that ignores the interrupt is waited for before it is left. */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(10);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR|FILE", arity = "1..*", description = "Scenario files, or directories of them.")
    List<Path> paths;

    @Option(names = "--update", description = "Rewrite NAME.out and NAME.code from the runs and say what changed.")
    boolean update;

    @Option(
            names = "--jobs",
            paramLabel = "N",
            description = "Scenarios run side by side (default: the number of processors).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description =
                    "Real time one scenario may take before it is stopped and failed (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 60;

    /** Whether stderr is a terminal, where the progress bar is drawn; tests replace it. */
    BooleanSupplier terminal = Terminal::isInteractive;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ScenarioFile> scenarios;
        try {
            scenarios = scenarios();
        } catch (UserError e) {
            err.println(e.getMessage());
            err.flush();
            return e.exitCode();
        }
        ProgressBar progress = terminal.getAsBoolean() ? new ProgressBar(err, scenarios.size()) : null;
        List<CheckResult> results = runAll(scenarios, progress);
        int passed = 0;
        int changedFiles = 0;
        for (CheckResult result : results) {
            StringBuilder report = new StringBuilder();
            boolean ok = result.passed();
            if (update && result.finished()) {
                for (String change :
                        GoldenFiles.of(result.scenario().file()).update(result.stdout(), result.exitCode())) {
                    report.append(change).append('\n');
                    changedFiles++;
                }
                ok = result.otherFailures().isEmpty();
            } else {
                result.outputFailures().forEach(f -> report.append(f).append('\n'));
            }
            result.otherFailures().forEach(f -> report.append(f).append('\n'));
            result.notes().forEach(n -> report.append(n).append('\n'));
            if (ok) {
                passed++;
            }
            if (!report.isEmpty()) {
                if (progress != null) {
                    progress.printAbove(out, report.toString());
                } else {
                    out.print(report);
                }
            }
        }
        if (progress != null) {
            progress.finish();
        }
        int failed = results.size() - passed;
        if (update) {
            out.println("--update changed " + changedFiles + (changedFiles == 1 ? " file" : " files"));
        }
        out.printf(
                "%d scenarios, %d passed, %d failed in %.1fs%n",
                results.size(), passed, failed, (System.nanoTime() - start) / 1e9);
        out.flush();
        err.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SCRIPT_ERROR;
    }

    /** Every scenario named, read before any runs: one invalid front-matter stops the command. */
    private List<ScenarioFile> scenarios() {
        if (jobs < 1) {
            throw new UserError("loopsim check: --jobs must be at least 1, got " + jobs, ExitCodes.USAGE);
        }
        if (timeoutSeconds < 1) {
            throw new UserError(
                    "loopsim check: --timeout must be at least 1 second, got " + timeoutSeconds, ExitCodes.USAGE);
        }
        List<Path> files = ScenarioFinder.find(paths);
        if (files.isEmpty()) {
            throw new UserError("loopsim check: no .js or .mjs scenarios in " + paths, ExitCodes.USAGE);
        }
        List<ScenarioFile> scenarios = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path file : files) {
            try {
                scenarios.add(ScenarioFile.read(file));
            } catch (UserError e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new UserError(String.join("\n", errors), ExitCodes.USAGE);
        }
        return scenarios;
    }

    /**
     * Runs the scenarios on {@code jobs} threads, each under the wall-clock limit, and returns their results
     * in file order. A run that ignores the interrupt past the limit is left behind (its thread is a daemon)
     * and reported, and the pool grows by a thread so the other scenarios still run.
     */
    private List<CheckResult> runAll(List<ScenarioFile> scenarios, ProgressBar progress) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                jobs, jobs, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemons("loopsim-check-"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemons("loopsim-check-limit-"));
        AtomicLongArray startedAt = new AtomicLongArray(scenarios.size());
        try {
            List<Future<CheckResult>> futures = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                ScenarioFile scenario = scenarios.get(i);
                int index = i;
                futures.add(pool.submit(() -> {
                    startedAt.set(index, System.nanoTime());
                    CheckResult result = checkWithinLimit(scenario, watchdog);
                    if (progress != null) {
                        progress.advance();
                    }
                    return result;
                }));
            }
            List<CheckResult> results = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                results.add(await(futures.get(i), scenarios.get(i), startedAt, i, pool));
            }
            return results;
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
        }
    }

    private CheckResult checkWithinLimit(ScenarioFile scenario, ScheduledExecutorService watchdog) {
        Thread worker = Thread.currentThread();
        Object lock = new Object();
        boolean[] done = {false};
        ScheduledFuture<?> alarm = watchdog.schedule(
                () -> {
                    synchronized (lock) {
                        if (!done[0]) {
                            worker.interrupt();
                        }
                    }
                },
                timeoutSeconds,
                TimeUnit.SECONDS);
        try {
            return ScenarioCheck.check(scenario, GoldenFiles.of(scenario.file()), timeoutSeconds);
        } finally {
            synchronized (lock) {
                done[0] = true;
            }
            alarm.cancel(false);
            Thread.interrupted(); // an alarm that came as the run ended must not stop the next one
        }
    }

    private CheckResult await(
            Future<CheckResult> future,
            ScenarioFile scenario,
            AtomicLongArray startedAt,
            int index,
            ThreadPoolExecutor pool) {
        long limit = TimeUnit.SECONDS.toNanos(timeoutSeconds) + GRACE_NANOS;
        while (true) {
            try {
                return future.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException notYet) {
                long started = startedAt.get(index);
                if (started != 0 && System.nanoTime() - started > limit) {
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    return new CheckResult(
                            scenario,
                            "",
                            -1,
                            false,
                            List.of(),
                            List.of("FAIL " + scenario.file() + ": did not stop within " + GRACE_NANOS / 1_000_000_000
                                    + " s after its --timeout of " + timeoutSeconds + " s; left running"));
                }
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                String problem = cause instanceof UserError u
                        ? u.getMessage()
                        : "loopsim: internal error: " + Main.describe(cause);
                return new CheckResult(
                        scenario, "", -1, false, List.of(), List.of("FAIL " + scenario.file() + ": " + problem));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError("loopsim check: interrupted", ExitCodes.INTERNAL_ERROR);
            }
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
