package dev.loopsim.host;

import java.util.List;

/**
 * The command-line options of one simulated {@code node} process that change what the host does, as
 * Node reads them with getOptionValue. More fields join as more of Node's options are simulated.
 *
 * @param unhandledRejections {@code --unhandled-rejections}
 */
public record NodeOptions(UnhandledRejectionsMode unhandledRejections) {

    /** What {@code node FILE} runs with. */
    public static final NodeOptions DEFAULTS = new NodeOptions(UnhandledRejectionsMode.THROW);

    public NodeOptions {
        if (unhandledRejections == null) {
            throw new IllegalArgumentException("unhandledRejections must not be null");
        }
    }

    public NodeOptions withUnhandledRejections(UnhandledRejectionsMode mode) {
        return new NodeOptions(mode);
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
