package dev.loopsim.scenario;

/**
 * A front-matter timing expectation: the first time the run prints {@code line}, the virtual clock reads
 * (in whole milliseconds, as Node's timers see it) between {@code atLeastMs} and {@code atMostMs}.
 *
 * @param sourceLine the line of the expectation in the scenario file, for reports
 */
public record TimingExpectation(String line, long atLeastMs, long atMostMs, int sourceLine) {

    public TimingExpectation {
        if (atLeastMs > atMostMs) {
            throw new IllegalArgumentException("atLeastMs " + atLeastMs + " > atMostMs " + atMostMs);
        }
    }

    /** Whether a line printed at {@code ms} (whole virtual milliseconds) meets the expectation. */
    public boolean admits(long ms) {
        return ms >= atLeastMs && ms <= atMostMs;
    }

    /** The expected time as a person reads it: {@code 150 ms} or {@code 100..200 ms}. */
    public String expectedTime() {
        return atLeastMs == atMostMs ? atLeastMs + " ms" : atLeastMs + ".." + atMostMs + " ms";
    }
}
