package dev.loopsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopsim run}: will run a script in the simulated event loop; until the VM and the Node host
 * exist it checks the script's syntax and says plainly that execution is not available yet.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run a JavaScript file in the simulated Node.js event loop.",
            "Not available yet: this version only checks the file's syntax."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "1:the file has a syntax error",
            "2:usage error, unreadable file, or execution not available yet",
            "70:internal error in loopsim"
        })
public final class RunCommand implements Callable<Integer> {

    static final String NOT_AVAILABLE = "loopsim run: executing scripts is not available in this version yet"
            + " (the engine arrives with the VM and Node host); `loopsim parse FILE` checks syntax";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1", description = "The script to run (.mjs runs as a module).")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ScriptReader.read(file, ParseGoal.BY_FILE_NAME);
        } catch (UserError e) {
            err.println(e.getMessage());
            err.flush();
            return e.exitCode();
        }
        err.println(NOT_AVAILABLE);
        err.flush();
        return ExitCodes.USAGE;
    }
}
