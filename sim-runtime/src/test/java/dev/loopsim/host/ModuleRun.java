package dev.loopsim.host;

import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.loop.ChoiceSource;
import java.util.Map;
import java.util.Optional;

/** Runs a main script with an in-memory set of files under /app, capturing stdout, stderr and the exit code. */
record ModuleRun(String stdout, String stderr, int exitCode) {
    static ModuleRun of(String main, Map<String, String> files) {
        return ofMain("/app/main.js", main, files);
    }

    /** The main file at {@code mainPath} (an ES module when it ends in .mjs), beside {@code files}. */
    static ModuleRun ofMain(String mainPath, String main, Map<String, String> files) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        ModuleFiles moduleFiles = path -> Optional.ofNullable(path.equals(mainPath) ? main : files.get(path));
        NodeHost host = new NodeHost(
                s -> out.append(s).append('\n'), s -> err.append(s).append('\n'), ChoiceSource.defaults(), moduleFiles);
        int code = host.run(mainPath, Parser.parse(new Source(mainPath, main)));
        return new ModuleRun(out.toString(), err.toString(), code);
    }

    static ModuleRun of(String main) {
        return of(main, Map.of());
    }
}
