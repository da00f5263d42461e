package dev.loopsim.cli;

import dev.loopsim.js.syntax.Node;
import dev.loopsim.js.syntax.Printer;
import dev.loopsim.properties.run.LargeStack;
import dev.loopsim.properties.run.ParseGoal;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loopsim parse}: checks the syntax of script files and reports each one as "ok" or as a syntax
 * error pointing at the line and column; with {@code --print}, prints the parsed program back as JavaScript.
 */
@Command(
        name = "parse",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Parse JavaScript files and report syntax errors the way Node words them.",
            "Files ending in .mjs are modules, all others scripts, unless --module or --script says otherwise."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file parsed",
            "1:a file has a syntax error",
            "2:usage error or unreadable file",
            "70:internal error in loopsim"
        })
public final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--print", description = "Print each parsed program as JavaScript instead of \"ok\".")
    boolean print;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    GoalOptions goalOptions;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JavaScript files (.js, .cjs, .mjs).")
    List<Path> files;

    /** {@code --module} and {@code --script} exclude each other. */
    static final class GoalOptions {
        @Option(names = "--module", description = "Parse every file as an ES module.")
        boolean module;

        @Option(names = "--script", description = "Parse every file as a classic script.")
        boolean script;

        ParseGoal goal() {
            return module ? ParseGoal.MODULE : script ? ParseGoal.SCRIPT : ParseGoal.BY_FILE_NAME;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ParseGoal goal = goalOptions == null ? ParseGoal.BY_FILE_NAME : goalOptions.goal();
        boolean many = files.size() > 1;
        int exitCode = ExitCodes.OK;
        for (Path file : files) {
            try {
                Node.Program program = ScriptReader.read(file, goal);
                if (print) {
                    printProgram(out, file, program, many);
                } else {
                    out.println(many ? file + ": ok" : "ok");
                }
            } catch (UserError e) {
                out.flush();
                err.println(e.getMessage());
                err.flush();
                exitCode = Math.max(exitCode, e.exitCode());
            }
        }
        out.flush();
        return exitCode;
    }

    private static void printProgram(PrintWriter out, Path file, Node.Program program, boolean withFileName) {
        // The printer recurses over the tree as deeply as the parser did, so it gets the large stack too.
        String text = LargeStack.call("print", () -> Printer.print(program));
        if (withFileName) {
            out.println("// " + file);
        }
        out.print(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            out.println();
        }
    }
}
