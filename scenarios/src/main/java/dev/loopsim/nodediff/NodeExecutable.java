package dev.loopsim.nodediff;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the {@code node} executable the way a shell does: the first directory of {@code PATH} that holds
 * an executable file named {@code node}. The environment is a parameter so tests can hide node.
 */
public final class NodeExecutable {
    private NodeExecutable() {}

    /** The first executable {@code node} on the environment's {@code PATH}, if any. */
    public static Optional<Path> onPath(Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "node");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
