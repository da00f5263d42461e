package dev.loopsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The scenarios {@code loopsim check} and {@code loopsim diff} run: each file named, and every {@code .js}/{@code .mjs} file in a
 * named directory and its subdirectories, except those under a {@code lib/} directory (helpers that
 * scenarios require, not scenarios). In the order given, each directory's files by path; each file once.
 */
final class ScenarioFinder {
    private ScenarioFinder() {}

    static List<Path> find(List<Path> roots) {
        return find(roots, "loopsim check");
    }

    /** The same, for {@code command} ({@code loopsim diff}), which its errors name. */
    static List<Path> find(List<Path> roots, String command) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                found.addAll(inDirectory(root, command));
            } else if (Files.isRegularFile(root)) {
                found.add(root.normalize());
            } else {
                throw new UserError(command + ": no such file or directory: " + root, ExitCodes.USAGE);
            }
        }
        return new ArrayList<>(found);
    }

    static boolean isScenario(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".js") || name.endsWith(".mjs");
    }

    private static List<Path> inDirectory(Path dir, String command) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(ScenarioFinder::isScenario)
                    .filter(file -> !underLib(dir.relativize(file)))
                    .map(Path::normalize)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(command + ": cannot list " + dir + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    private static boolean underLib(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (relative.getName(i).toString().equals("lib")) {
                return true;
            }
        }
        return false;
    }
}
