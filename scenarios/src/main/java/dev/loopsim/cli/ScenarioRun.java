package dev.loopsim.cli;

import dev.loopsim.host.NodeOptions;
import dev.loopsim.host.UnhandledRejectionsMode;
import dev.loopsim.io.IoSetup;
import dev.loopsim.js.syntax.Node;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.run.ChoiceStream;
import dev.loopsim.properties.run.ParseGoal;
import dev.loopsim.properties.run.PinnedChoices;
import dev.loopsim.properties.run.StreamStrategy;
import dev.loopsim.trace.TraceEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One run of a scenario file, the one path {@code loopsim run} and {@code loopsim check} share: the
 * front-matter's settings with the command line's overrides on top, the script parsed as node parses its
 * main file, then {@link ScriptRunner} on the virtual loop. A syntax error is the run's own result (its
 * message on stderr, exit 1), as it is for node. A scenario with {@code pinned:} answers, or a run given
 * {@code --replay}, takes its decisions from that choice stream through the explorer's
 * {@link StreamStrategy}, so it runs exactly what {@code Script} and {@code loopsim explore} run.
 */
final class ScenarioRun {
    private ScenarioRun() {}

    /**
     * What the command line sets over the front-matter: an empty option leaves the front-matter's value.
     *
     * @param forced {@code --choose} outcomes
     * @param seed {@code --seed}
     * @param io {@code --latency}: changes to the front-matter's fake I/O
     * @param replay {@code --replay}: every decision's answer in order (0 past the end), over any pins
     */
    record Overrides(
            Optional<UnhandledRejectionsMode> unhandledRejections,
            List<ChoiceSource.Forced> forced,
            Optional<Long> seed,
            UnaryOperator<IoSetup> io,
            Optional<ChoiceSequence> replay) {
        static final Overrides NONE = new Overrides(Optional.empty(), List.of());

        Overrides {
            forced = List.copyOf(forced);
        }

        Overrides(Optional<UnhandledRejectionsMode> unhandledRejections, List<ChoiceSource.Forced> forced) {
            this(unhandledRejections, forced, Optional.empty(), UnaryOperator.identity());
        }

        Overrides(
                Optional<UnhandledRejectionsMode> unhandledRejections,
                List<ChoiceSource.Forced> forced,
                Optional<Long> seed,
                UnaryOperator<IoSetup> io) {
            this(unhandledRejections, forced, seed, io, Optional.empty());
        }

        /** The front-matter's node options, with its fake I/O, with these overrides applied. */
        NodeOptions applyTo(NodeOptions fromFrontMatter, IoSetup ioFromFrontMatter) {
            IoSetup setup = io.apply(ioFromFrontMatter);
            setup = seed.map(setup::withSeed).orElse(setup);
            return unhandledRejections
                    .map(fromFrontMatter::withUnhandledRejections)
                    .orElse(fromFrontMatter)
                    .withIo(setup);
        }
    }

    /**
     * How the run ended: Node's exit code, the {@code --choose} outcomes it never asked for, and a line
     * for each pinned answer the run never met or could not use.
     */
    record Result(int exitCode, List<ChoiceSource.Forced> unusedChoices, List<String> pinWarnings) {
        Result(int exitCode, List<ChoiceSource.Forced> unusedChoices) {
            this(exitCode, unusedChoices, List.of());
        }
    }

    static Result run(
            ScenarioFile scenario,
            Overrides overrides,
            Consumer<String> stdout,
            Consumer<String> stderr,
            List<Consumer<TraceEvent>> traceSinks) {
        Node.Program program;
        try {
            program = ScriptReader.parse(scenario.source(), ParseGoal.AS_NODE_DOES);
        } catch (UserError syntaxError) {
            stderr.accept(syntaxError.getMessage());
            return new Result(syntaxError.exitCode(), List.of());
        }
        NodeOptions options = overrides.applyTo(
                scenario.scenario().nodeOptions(), scenario.scenario().io());
        PinnedChoices pins = null;
        ChoiceStream stream = overrides.replay().map(ChoiceSequence::stream).orElse(null);
        if (stream == null && !scenario.scenario().pinned().isEmpty()) {
            pins = new PinnedChoices(scenario.scenario().pinned());
            stream = pins;
        }
        // Without a stream, every draw comes from the seed (the front-matter's, or --seed); with one, the
        // stream answers every decision and the seed serves Math.random and the draws that are not decisions.
        ChoiceSource.Strategy strategy = stream == null ? ChoiceSource.Strategy.DEFAULT : new StreamStrategy(stream);
        ChoiceSource choices =
                new ChoiceSource(overrides.forced(), strategy, options.io().seed());
        int exitCode =
                ScriptRunner.run(scenario.file().toString(), program, stdout, stderr, choices, traceSinks, options);
        return new Result(exitCode, choices.unused(), pins == null ? List.of() : pins.warnings());
    }
}
