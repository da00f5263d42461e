package dev.loopsim.scenario;

import dev.loopsim.host.NodeOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as its front-matter describes it: what it is about, the node flags it runs with, the seed of
 * its random draws and the virtual times at which lines must be printed. A file without front-matter is
 * a scenario with {@link #defaults}.
 *
 * @param flags node's command-line flags, each one the host simulates
 * @param seed the seed of the run's choice source (0 unless the front-matter says)
 * @param timings the timing expectations, in the order written
 */
public record Scenario(Path file, String description, List<String> flags, long seed, List<TimingExpectation> timings) {

    public Scenario {
        flags = List.copyOf(flags);
        timings = List.copyOf(timings);
    }

    /** A scenario that says nothing: no flags, seed 0, no timing expectations. */
    public static Scenario defaults(Path file) {
        return new Scenario(file, "", List.of(), 0, List.of());
    }

    public Scenario withFlags(List<String> flags) {
        return new Scenario(file, description, flags, seed, timings);
    }

    /** The host's options that the flags select. */
    public NodeOptions nodeOptions() {
        return NodeOptions.fromNodeFlags(flags);
    }
}
