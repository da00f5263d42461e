package dev.loopsim.host;

import java.util.Optional;

/**
 * The files {@code require} may load, by absolute path. The simulation never reads the real filesystem
 * itself: whoever starts it decides what a path holds (the command line reads beside the main script).
 */
@FunctionalInterface
public interface ModuleFiles {
    /** No files at all: every relative {@code require} fails with MODULE_NOT_FOUND. */
    ModuleFiles NONE = path -> Optional.empty();

    /** The text of the regular file at {@code absolutePath}, or empty when there is none (or a directory). */
    Optional<String> read(String absolutePath);
}
