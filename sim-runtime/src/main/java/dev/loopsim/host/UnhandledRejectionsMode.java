package dev.loopsim.host;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Node's {@code --unhandled-rejections} modes (lib/internal/process/promises.js getUnhandledRejectionsMode):
 * what processPromiseRejections does with a rejection still unhandled after a drain.
 */
public enum UnhandledRejectionsMode {
    /** The default: the unhandledRejection event; without a listener, an uncaught exception. */
    THROW("throw"),
    /** An uncaught exception first; if a listener handled it, the event; without one, a warning. */
    STRICT("strict"),
    /** The event, then always a warning; the process goes on. */
    WARN("warn"),
    /** The event only. */
    NONE("none"),
    /** The event; without a listener, a warning and {@code process.exitCode = 1}. */
    WARN_WITH_ERROR_CODE("warn-with-error-code");

    private final String flagValue;

    UnhandledRejectionsMode(String flagValue) {
        this.flagValue = flagValue;
    }

    /** The mode as written after {@code --unhandled-rejections=}. */
    public String flagValue() {
        return flagValue;
    }

    /** The mode named {@code value}; an unknown name fails with Node's wording. */
    public static UnhandledRejectionsMode fromFlagValue(String value) {
        for (UnhandledRejectionsMode mode : values()) {
            if (mode.flagValue.equals(value)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("invalid value for --unhandled-rejections: '" + value + "' (expected one of "
                + Arrays.stream(values()).map(m -> m.flagValue).collect(Collectors.joining(", ")) + ")");
    }
}
