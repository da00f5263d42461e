package dev.loopsim.scenario;

/**
 * One entry of a scenario's {@code pinned:}: the answer a run gives the decision {@code key}
 * ({@code latency:https://api.example.com/*@1}), written as the run's record writes it ({@code 21 ms},
 * {@code 2nd}, {@code timeout}, {@code fails}). The answer is read against the decision when a run meets it.
 *
 * @param sourceLine the line of the entry in the scenario file (from 1)
 */
public record PinnedChoice(String key, String answer, int sourceLine) {

    /** Parses {@code KEY = ANSWER}, where KEY ends in {@code @N}; a bad entry is an IllegalArgumentException. */
    public static PinnedChoice parse(String text, int sourceLine) {
        int eq = text.lastIndexOf(" = ");
        if (eq < 0) {
            throw new IllegalArgumentException(
                    "expected NAME@N = ANSWER such as 'io-same-ms@1 = 2nd', got '" + text + "'");
        }
        String key = text.substring(0, eq).strip();
        String answer = text.substring(eq + 3).strip();
        int at = key.lastIndexOf('@');
        if (at <= 0 || !key.substring(at + 1).matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException(
                    "'" + key + "' is not a decision's key: expected NAME@N with N from 1, such as io-same-ms@1");
        }
        if (answer.isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' has no answer after ' = '");
        }
        return new PinnedChoice(key, answer, sourceLine);
    }

    /** {@code KEY = ANSWER}, the form {@code pinned:} holds. */
    @Override
    public String toString() {
        return key + " = " + answer;
    }
}
