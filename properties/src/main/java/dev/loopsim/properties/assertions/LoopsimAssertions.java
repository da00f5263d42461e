package dev.loopsim.properties.assertions;

import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Script;
import dev.loopsim.trace.TraceEvent;
import java.util.List;

/**
 * The entry point of loopsim's assertions: {@code import static
 * dev.loopsim.properties.assertions.LoopsimAssertions.assertThat;} beside AssertJ's own.
 */
public final class LoopsimAssertions {
    private LoopsimAssertions() {}

    /** {@code assertThat(run).printed("a", "b").exitedWith(0)}, {@code assertThat(run).ran("b").before("a")}. */
    public static RunAssert assertThat(Run run) {
        return new RunAssert(run);
    }

    /** {@code assertThat(run.trace()).ran("x").at(150)}. */
    public static TraceAssert assertThat(List<TraceEvent> trace) {
        return new TraceAssert(trace);
    }

    /** {@code assertThat(exploration).hasNoFailures()}; replay lines name the script {@code SCRIPT}. */
    public static ExplorationAssert assertThat(Exploration exploration) {
        return new ExplorationAssert(exploration, null);
    }

    /** As {@link #assertThat(Exploration)}, with {@code script}'s file in the replay lines. */
    public static ExplorationAssert assertThat(Exploration exploration, Script script) {
        return new ExplorationAssert(exploration, script.fileName());
    }
}
