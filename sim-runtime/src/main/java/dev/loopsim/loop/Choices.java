package dev.loopsim.loop;

/**
 * Where Node leaves an order to chance, the simulation asks here instead of deciding silently. Option 0
 * is Node's more frequent outcome; the explorer (a later stage) drives, records and replays the answers.
 */
@FunctionalInterface
public interface Choices {
    /** An option in {@code [0, options)} for the named decision. */
    int choose(String name, int options);

    /** Always Node's more frequent outcome. */
    Choices DEFAULTS = (name, options) -> 0;
}
