package dev.loopsim.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code loopsim} command line: the root command, its subcommands, and the one place where an
 * unexpected exception becomes a single "internal error" line instead of a stack trace.
 */
@Command(
        name = "loopsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A deterministic simulator of the Node.js event loop.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:the script has an error",
            "2:usage error or unreadable file",
            "70:internal error in loopsim"
        },
        subcommands = {ParseCommand.class, RunCommand.class, ExploreCommand.class, CheckCommand.class, DiffCommand.class
        })
public final class Main {

    public static void main(String[] args) {
        int exitCode;
        PrintWriter err = utf8Writer(System.err);
        try {
            exitCode = commandLine().setOut(utf8Writer(System.out)).setErr(err).execute(args);
        } catch (Throwable t) { // picocli's handler sees only Exceptions; an Error is still our bug
            exitCode = reportInternalError(t, err);
        }
        System.exit(exitCode);
    }

    /** The configured command line; tests set its out and err and call {@code execute}. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The same, with subcommands made by {@code factory} (tests give {@code diff} its own PATH). */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine commandLine = new CommandLine(new Main(), factory)
                .setExecutionExceptionHandler((ex, cmd, parseResult) -> reportInternalError(ex, cmd.getErr()));
        RunCommand.describeChoicePoints(commandLine.getSubcommands().get("run").getCommandSpec());
        return commandLine;
    }

    static int reportInternalError(Throwable t, PrintWriter err) {
        err.println("loopsim: internal error: " + describe(t));
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    /** One line: the exception type and message, and the innermost cause if it says something else. */
    static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = t.toString();
        if (root != t) {
            text += " (caused by " + root + ")";
        }
        return text.replaceAll("\\R+", " ").strip();
    }

    private static PrintWriter utf8Writer(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
