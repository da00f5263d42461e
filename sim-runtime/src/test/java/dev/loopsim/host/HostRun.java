package dev.loopsim.host;

import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.loop.Choices;

/** One script run on the Node host: what it printed on stdout and stderr and its exit code. */
record HostRun(String out, String err, int exitCode) {

    /** Runs {@code script} as the CommonJS main module {@code FILE}, as {@code node FILE} with {@code mode}. */
    static HostRun of(UnhandledRejectionsMode mode, String script) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        NodeHost host = new NodeHost(
                s -> out.append(s).append('\n'),
                s -> err.append(s).append('\n'),
                Choices.DEFAULTS,
                NodeOptions.DEFAULTS.withUnhandledRejections(mode));
        int code = host.run("FILE", Parser.parse(new Source("FILE", script)));
        return new HostRun(out.toString(), err.toString(), code);
    }
}
