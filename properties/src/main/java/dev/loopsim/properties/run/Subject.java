package dev.loopsim.properties.run;

import java.util.Optional;

/**
 * What the explorer runs: a {@link Script}, or a program generated from the same choices as its schedule
 * ({@code properties.gen.GeneratedPrograms}). Each run is a pure function of its choice stream's answers.
 */
public interface Subject {

    /** The file the runs are of, for messages and replay lines. */
    String fileName();

    /**
     * One run on the calling thread, which must have a large stack ({@link LargeStack}), taking each
     * decision from {@code choices}; {@code traced} keeps the trace.
     */
    Run runHere(ChoiceStream choices, boolean traced);

    /**
     * The program {@code choices} make, when the subject makes one from them (generated programs), for
     * failure messages; empty for a script, whose text is its file.
     */
    default Optional<String> programText(ChoiceStream choices) {
        return Optional.empty();
    }
}
