package dev.loopsim.scenario;

import dev.loopsim.host.NodeOptions;
import dev.loopsim.io.IoSetup;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as its front-matter describes it: what it is about, the node flags it runs with, its fake
 * I/O (the seed of every draw, the default latency, routes and files) and the virtual times at which lines
 * must be printed. A file without front-matter is a scenario with {@link #defaults}.
 *
 * @param flags node's command-line flags, each one the host simulates
 * @param io the seed, latencies, routes and files of the run's fake I/O
 * @param timings the timing expectations, in the order written
 */
public record Scenario(Path file, String description, List<String> flags, IoSetup io, List<TimingExpectation> timings) {

    public Scenario {
        flags = List.copyOf(flags);
        timings = List.copyOf(timings);
    }

    /** A scenario that says nothing: no flags, {@link IoSetup#NONE}, no timing expectations. */
    public static Scenario defaults(Path file) {
        return new Scenario(file, "", List.of(), IoSetup.NONE, List.of());
    }

    public Scenario withFlags(List<String> flags) {
        return new Scenario(file, description, flags, io, timings);
    }

    /** The seed of every random draw of the run (0 unless the front-matter says). */
    public long seed() {
        return io.seed();
    }

    /** The host's options that the flags select. */
    public NodeOptions nodeOptions() {
        return NodeOptions.fromNodeFlags(flags);
    }
}
