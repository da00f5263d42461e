package dev.loopsim.properties.run;

/** One decision a run made, and the answer it took ({@code 0 <= index < decision.bound()}). */
public record Choice(Decision decision, int index) {
    public Choice {
        if (index < 0 || index >= decision.bound()) {
            throw new IllegalArgumentException(
                    decision.key() + ": answer " + index + " outside [0, " + decision.bound() + ")");
        }
    }

    /** {@code latency:https://api.example.com/user@2 = 41 ms}. */
    @Override
    public String toString() {
        return decision.key() + " = " + decision.describe(index);
    }
}
