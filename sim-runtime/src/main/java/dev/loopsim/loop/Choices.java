package dev.loopsim.loop;

/**
 * Where Node leaves an order to chance, and where fake I/O needs a random quantity, the simulation asks
 * here instead of deciding silently. Outcome 0 is Node's more frequent one; {@link ChoiceSource} is the
 * recording, replayable implementation.
 */
public interface Choices {
    /** An outcome in {@code [0, point.outcomes().size())} for this occurrence of the decision. */
    int choose(ChoicePoint point);

    /** A value for this occurrence of the draw: milliseconds for a latency, 1 or 0 for a failure. */
    long draw(Draw draw);

    /** The seed every random quantity of the run derives from ({@code --seed}, the scenario's seed). */
    long seed();
}
