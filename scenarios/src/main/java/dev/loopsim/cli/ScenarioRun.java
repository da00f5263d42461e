package dev.loopsim.cli;

import dev.loopsim.host.NodeOptions;
import dev.loopsim.host.UnhandledRejectionsMode;
import dev.loopsim.js.syntax.Node;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.trace.TraceEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One run of a scenario file, the one path {@code loopsim run} and {@code loopsim check} share: the
 * front-matter's settings with the command line's overrides on top, the script parsed as node parses its
 * main file, then {@link ScriptRunner} on the virtual loop. A syntax error is the run's own result (its
 * message on stderr, exit 1), as it is for node.
 */
final class ScenarioRun {
    private ScenarioRun() {}

    /**
     * What the command line sets over the front-matter: an empty option leaves the front-matter's value.
     *
     * @param forced {@code --choose} outcomes
     */
    record Overrides(Optional<UnhandledRejectionsMode> unhandledRejections, List<ChoiceSource.Forced> forced) {
        static final Overrides NONE = new Overrides(Optional.empty(), List.of());

        Overrides {
            forced = List.copyOf(forced);
        }

        /** The front-matter's node options with these overrides applied. */
        NodeOptions applyTo(NodeOptions fromFrontMatter) {
            return unhandledRejections
                    .map(fromFrontMatter::withUnhandledRejections)
                    .orElse(fromFrontMatter);
        }
    }

    /** How the run ended: Node's exit code, and the {@code --choose} outcomes it never asked for. */
    record Result(int exitCode, List<ChoiceSource.Forced> unusedChoices) {}

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
        NodeOptions options = overrides.applyTo(scenario.scenario().nodeOptions());
        // Every draw of the run comes from the front-matter's seed. The fake I/O's routes and files
        // (scenario.scenario().io()) go to the host once it takes them.
        ChoiceSource choices = new ChoiceSource(
                overrides.forced(),
                ChoiceSource.Strategy.DEFAULT,
                scenario.scenario().seed());
        int exitCode =
                ScriptRunner.run(scenario.file().toString(), program, stdout, stderr, choices, traceSinks, options);
        return new Result(exitCode, choices.unused());
    }
}
