package dev.loopsim.properties.explore;

/**
 * Why a run failed. {@code kind} says which way it failed — {@code exit code 1},
 * {@code invariant 'total is 2'} — and is what shrinking keeps: a smaller run only counts when it fails
 * the same way. {@code message} is the detail for people (the uncaught error, the values seen).
 */
public record Violation(String kind, String message) {
    @Override
    public String toString() {
        return message.isEmpty() ? kind : kind + ": " + message;
    }
}
