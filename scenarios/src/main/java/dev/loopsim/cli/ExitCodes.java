package dev.loopsim.cli;

/**
 * The exit codes of the command line, in one place: 0 success, 1 the script is wrong, 2 the command is
 * (usage error, unreadable file, unavailable feature), 70 loopsim itself is wrong.
 */
final class ExitCodes {
    static final int OK = 0;
    static final int SCRIPT_ERROR = 1;
    static final int USAGE = 2;
    static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
