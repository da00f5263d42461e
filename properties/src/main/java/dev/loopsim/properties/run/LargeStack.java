package dev.loopsim.properties.run;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs one task on a fresh thread with a very large stack, so deeply nested input meets the parser's own
 * nesting limit rather than the JVM's default thread stack. Interrupting the caller interrupts the task.
 */
public final class LargeStack {
    /** Only reserved address space; the pages are committed as the recursion actually goes deep. */
    public static final long STACK_BYTES = 512L * 1024 * 1024;

    private LargeStack() {}

    /** Returns what {@code task} returns, or rethrows what it throws (an Error wrapped, with its cause). */
    public static <T> T call(String threadName, Supplier<T> task) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(
                null,
                () -> {
                    try {
                        result.set(task.get());
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                },
                threadName,
                STACK_BYTES);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // Whoever waits for this task gave up on it (check's wall-clock limit): so does the task.
                interrupted = true;
                thread.interrupt();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException("the '" + threadName + "' thread failed", t);
        }
        return result.get();
    }
}
