package dev.loopsim.host;

import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.loop.Choices;
import java.util.Map;
import java.util.Optional;

/** Runs a main script with an in-memory set of files under /app, capturing stdout, stderr and the exit code. */
record ModuleRun(String stdout, String stderr, int exitCode) {
    static ModuleRun of(String main, Map<String, String> files) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        ModuleFiles moduleFiles = path -> Optional.ofNullable(files.get(path));
        NodeHost host = new NodeHost(
                s -> out.append(s).append('\n'), s -> err.append(s).append('\n'), Choices.DEFAULTS, moduleFiles);
        int code = host.run("/app/main.js", Parser.parse(new Source("/app/main.js", main)));
        return new ModuleRun(out.toString(), err.toString(), code);
    }

    static ModuleRun of(String main) {
        return of(main, Map.of());
    }
}
