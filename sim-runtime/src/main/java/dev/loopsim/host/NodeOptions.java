package dev.loopsim.host;

import dev.loopsim.io.IoSetup;
import java.util.List;

/**
 * The command-line options of one simulated {@code node} process that change what the host does, as
 * Node reads them with getOptionValue, and the fake I/O it runs with. More fields join as more of Node's
 * options are simulated.
 *
 * @param unhandledRejections {@code --unhandled-rejections}
 * @param io the fake network and filesystem: a scenario's front-matter, {@link IoSetup#NONE} for a plain script
 */
public record NodeOptions(UnhandledRejectionsMode unhandledRejections, IoSetup io) {

    /** What {@code node FILE} runs with. */
    public static final NodeOptions DEFAULTS = new NodeOptions(UnhandledRejectionsMode.THROW, IoSetup.NONE);

    public NodeOptions {
        if (unhandledRejections == null) {
            throw new IllegalArgumentException("unhandledRejections must not be null");
        }
        if (io == null) {
            throw new IllegalArgumentException("io must not be null");
        }
    }

    public NodeOptions(UnhandledRejectionsMode unhandledRejections) {
        this(unhandledRejections, IoSetup.NONE);
    }

    public NodeOptions withUnhandledRejections(UnhandledRejectionsMode mode) {
        return new NodeOptions(mode, io);
    }

    /** The same options with this fake I/O: the entry point for a scenario's front-matter and {@code --latency}. */
    public NodeOptions withIo(IoSetup setup) {
        return new NodeOptions(unhandledRejections, setup);
    }

    /**
     * The options that Node's command-line flags select, as a script's {@code // flags:} line lists them
     * ({@code --unhandled-rejections=strict}); a flag the host does not simulate fails.
     */
    public static NodeOptions fromNodeFlags(List<String> flags) {
        NodeOptions options = DEFAULTS;
        for (String flag : flags) {
            if (flag.startsWith("--unhandled-rejections=")) {
                options = options.withUnhandledRejections(
                        UnhandledRejectionsMode.fromFlagValue(flag.substring("--unhandled-rejections=".length())));
            } else {
                throw new IllegalArgumentException("node flag not simulated: " + flag);
            }
        }
        return options;
    }
}
