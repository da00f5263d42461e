package dev.loopsim.cli;

import dev.loopsim.host.ModuleFiles;
import dev.loopsim.host.NodeHost;
import dev.loopsim.host.NodeOptions;
import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Node;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.properties.run.DirectoryModuleFiles;
import dev.loopsim.properties.run.LargeStack;
import dev.loopsim.trace.TraceEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one parsed script the way {@code loopsim run} does: Node's host on the virtual clock — the script
 * as a CommonJS main module, the drain, then the event loop with timers, immediates, nextTicks and
 * promise jobs — and returns the exit code Node would have, with Node's reports on stderr.
 */
public final class ScriptRunner {

    private ScriptRunner() {}

    /** Runs {@code program} (parsed from {@code fileName}); returns the exit code Node would have. */
    public static int run(String fileName, Node.Program program, Consumer<String> stdout, Consumer<String> stderr) {
        return run(fileName, program, stdout, stderr, ChoiceSource.defaults(), List.of(), NodeOptions.DEFAULTS);
    }

    /**
     * The same, taking Node's chances from {@code choices}, sending every step to the trace sinks, as
     * {@code node} run with the flags that {@code options} stand for. Fake I/O comes from
     * {@code options.io()} ({@link NodeOptions#withIo}); seed {@code choices} with {@code options.io().seed()}.
     */
    public static int run(
            String fileName,
            Node.Program program,
            Consumer<String> stdout,
            Consumer<String> stderr,
            ChoiceSource choices,
            List<Consumer<TraceEvent>> traceSinks,
            NodeOptions options) {
        // require() reads beside the main script and below it, nowhere else (Node's __filename is absolute).
        Path main = Path.of(fileName).toAbsolutePath().normalize();
        ModuleFiles files = new DirectoryModuleFiles(main.getParent());
        return LargeStack.call("run", () -> {
            NodeHost host = new NodeHost(stdout, stderr, choices, files, options);
            traceSinks.forEach(host.tracer()::addSink);
            try {
                return host.run(main.toString(), program);
            } catch (JsSyntaxError unsupported) {
                // A construct the compiler does not handle yet, met when its code is first compiled.
                stderr.accept(unsupported.render());
                return ExitCodes.SCRIPT_ERROR;
            }
        });
    }
}
