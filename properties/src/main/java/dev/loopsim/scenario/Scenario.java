package dev.loopsim.scenario;

import dev.loopsim.host.NodeOptions;
import dev.loopsim.io.IoSetup;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario as its front-matter describes it: what it is about, the node flags it runs with, its fake
 * I/O (the seed of every draw, the default latency, routes and files) and the virtual times at which lines
 * must be printed; for exploration, the invariants every run must satisfy and, for a saved counterexample,
 * the pinned answers of its decisions. A file without front-matter is a scenario with {@link #defaults}.
 *
 * @param flags node's command-line flags, each one the host simulates
 * @param io the seed, latencies, routes and files of the run's fake I/O
 * @param timings the timing expectations, in the order written
 * @param invariants what every explored run must satisfy besides its exit code, in the order written
 * @param pinned the answers a run gives the decisions they name; every other decision takes 0
 */
public record Scenario(
        Path file,
        String description,
        List<String> flags,
        IoSetup io,
        List<TimingExpectation> timings,
        List<ScenarioInvariant> invariants,
        List<PinnedChoice> pinned) {

    public Scenario {
        flags = List.copyOf(flags);
        timings = List.copyOf(timings);
        invariants = List.copyOf(invariants);
        pinned = List.copyOf(pinned);
    }

    /** A scenario without invariants or pinned answers. */
    public Scenario(Path file, String description, List<String> flags, IoSetup io, List<TimingExpectation> timings) {
        this(file, description, flags, io, timings, List.of(), List.of());
    }

    /** A scenario that says nothing: no flags, {@link IoSetup#NONE}, no timing expectations. */
    public static Scenario defaults(Path file) {
        return new Scenario(file, "", List.of(), IoSetup.NONE, List.of());
    }

    public Scenario withFlags(List<String> flags) {
        return new Scenario(file, description, flags, io, timings, invariants, pinned);
    }

    /** The same scenario with other pinned answers (none: every decision takes 0 or the seed's draw). */
    public Scenario withPinned(List<PinnedChoice> pinned) {
        return new Scenario(file, description, flags, io, timings, invariants, pinned);
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
