package dev.loopsim.cli;

import dev.loopsim.host.NodeHost;
import dev.loopsim.js.syntax.Node;
import dev.loopsim.loop.Choices;
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
        return LargeStack.call("run", () -> new NodeHost(stdout, stderr, Choices.DEFAULTS).run(fileName, program));
    }
}
