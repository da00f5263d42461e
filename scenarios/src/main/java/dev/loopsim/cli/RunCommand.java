package dev.loopsim.cli;

import dev.loopsim.js.syntax.Node;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopsim run}: runs a script as Node runs a CommonJS file, with console and promise jobs; timers,
 * process and the rest of the Node host arrive with the simulated event loop.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run a JavaScript file the way Node.js runs it, printing what it prints.",
            "Not available yet: timers, process and the other Node globals besides console."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the script ran to completion",
            "1:the file has a syntax error, or the script threw an uncaught exception or left a rejection"
                    + " unhandled",
            "2:usage error or unreadable file",
            "70:internal error in loopsim"
        })
public final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The script to run (.mjs runs as a module).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Node.Program program;
        try {
            program = ScriptReader.read(file, ParseGoal.BY_FILE_NAME);
        } catch (UserError e) {
            err.println(e.getMessage());
            err.flush();
            return e.exitCode();
        }
        int exitCode = ScriptRunner.run(file.toString(), program, out::println, err::println);
        out.flush();
        err.flush();
        return exitCode;
    }
}
