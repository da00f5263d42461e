package dev.loopsim.io;

/**
 * One file of the fake filesystem as the setup declares it: its path (relative to the script's
 * directory, or absolute), its content, and optionally its own latency and failure injection.
 *
 * @param content the file's text; null declares no file, only the latency or failure of operations on
 *     a path that exists otherwise (the script itself, or a file the run writes)
 * @param latency null for the setup's default
 * @param failure null for none; a failure with an HTTP status makes no sense for a file and is refused
 */
public record FileSpec(String path, String content, LatencyModel latency, Failure failure) {

    public FileSpec {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a file needs a path");
        }
        if (failure != null && failure.effect() instanceof Failure.HttpError) {
            throw new IllegalArgumentException(path + ": " + failure
                    + ": a file operation fails with a network error or an errno, not an HTTP status");
        }
    }

    /** A file with this content, the default latency and no failures. */
    public static FileSpec of(String path, String content) {
        return new FileSpec(path, content, null, null);
    }

    public FileSpec withLatency(LatencyModel model) {
        return new FileSpec(path, content, model, failure);
    }
}
