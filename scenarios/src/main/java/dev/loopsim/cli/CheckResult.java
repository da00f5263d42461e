package dev.loopsim.cli;

import java.util.List;

/**
 * One scenario checked: what its run printed and exited with, and what did not meet the expectations.
 * Output failures (stdout, exit code) are what {@code --update} can rewrite; the others (a timing, a run
 * that did not finish) it cannot.
 *
 * @param finished false when the run was stopped or failed inside loopsim: its output proves nothing
 * @param outputFailures one block per mismatch, each starting with a {@code FAIL} line
 * @param otherFailures the same for timings and unfinished runs
 * @param notes lines worth reading that do not fail the scenario (a pinned answer the run never met)
 */
record CheckResult(
        ScenarioFile scenario,
        String stdout,
        int exitCode,
        boolean finished,
        List<String> outputFailures,
        List<String> otherFailures,
        List<String> notes) {

    CheckResult {
        outputFailures = List.copyOf(outputFailures);
        otherFailures = List.copyOf(otherFailures);
        notes = List.copyOf(notes);
    }

    CheckResult(
            ScenarioFile scenario,
            String stdout,
            int exitCode,
            boolean finished,
            List<String> outputFailures,
            List<String> otherFailures) {
        this(scenario, stdout, exitCode, finished, outputFailures, otherFailures, List.of());
    }

    boolean passed() {
        return outputFailures.isEmpty() && otherFailures.isEmpty();
    }
}
