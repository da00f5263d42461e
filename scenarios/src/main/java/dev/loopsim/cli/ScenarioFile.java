package dev.loopsim.cli;

import dev.loopsim.js.syntax.Source;
import dev.loopsim.scenario.Scenario;
import dev.loopsim.scenario.ScenarioError;
import dev.loopsim.scenario.ScenarioReader;
import java.nio.file.Path;

/**
 * A scenario file read once for a command: its text and what its front-matter says. An unreadable file or
 * invalid front-matter is a {@link UserError} with exit 2, its message naming the file and the line.
 */
record ScenarioFile(Path file, Source source, Scenario scenario) {

    static ScenarioFile read(Path file) {
        Source source = SourceFiles.read(file);
        try {
            return new ScenarioFile(file, source, ScenarioReader.read(file, source.text()));
        } catch (ScenarioError e) {
            throw new UserError(e.getMessage(), ExitCodes.USAGE);
        }
    }
}
