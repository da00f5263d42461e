package dev.loopsim.cli;

/**
 * A failure the person at the command line can act on (an unreadable file, a syntax error): printed as
 * its message alone, never with a stack trace, and ending the command with its exit code.
 */
final class UserError extends RuntimeException {
    private final int exitCode;

    UserError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
