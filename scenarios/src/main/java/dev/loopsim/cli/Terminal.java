package dev.loopsim.cli;

import java.io.Console;

/** Whether the command line talks to a person at a terminal, so it may draw on stderr (a progress bar). */
final class Terminal {
    private Terminal() {}

    static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        // JDK 22 to 24 return a Console even when the streams are redirected and say so with isTerminal(),
        // which Java 21's API (what this code compiles against) does not have yet.
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | ClassCastException olderJdk) {
            return true;
        }
    }
}
