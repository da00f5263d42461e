package dev.loopsim.cli;

import dev.loopsim.js.syntax.JsSyntaxError;
import dev.loopsim.js.syntax.Node;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.properties.run.LargeStack;
import dev.loopsim.properties.run.ParseGoal;
import java.nio.file.Path;

/**
 * Reads and parses one script file for a command, on a large stack; a syntax error becomes a
 * {@link UserError} carrying the rendered message (file:line:col, the source line, a caret) and exit 1.
 */
final class ScriptReader {
    private ScriptReader() {}

    static Node.Program read(Path file, ParseGoal goal) {
        return parse(SourceFiles.read(file), goal);
    }

    /** Parses a source already read. */
    static Node.Program parse(Source source, ParseGoal goal) {
        try {
            return LargeStack.call("parse", () -> goal.parse(source));
        } catch (JsSyntaxError e) {
            throw new UserError(e.render(), ExitCodes.SCRIPT_ERROR);
        }
    }
}
