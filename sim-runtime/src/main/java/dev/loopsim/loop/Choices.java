package dev.loopsim.loop;

/**
 * Where Node leaves an order to chance, the simulation asks here instead of deciding silently. Outcome 0
 * is Node's more frequent one; {@link ChoiceSource} is the recording, replayable implementation.
 */
@FunctionalInterface
public interface Choices {
    /** An outcome in {@code [0, point.outcomes().size())} for this occurrence of the decision. */
    int choose(ChoicePoint point);

    /** Always Node's more frequent outcome. */
    Choices DEFAULTS = point -> 0;
}
