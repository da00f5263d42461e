package dev.loopsim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files a simulation may read: those under the main script's directory, by absolute path, as UTF-8
 * text. Anything outside it, or unreadable, is "no such file" to the simulation.
 */
final class ScriptDirectoryFiles implements Function<String, Optional<String>> {
    private final Path root;

    ScriptDirectoryFiles(Path script) {
        this.root = script.toAbsolutePath().normalize().getParent();
    }

    @Override
    public Optional<String> apply(String absolutePath) {
        Path path = Path.of(absolutePath).toAbsolutePath().normalize();
        if (root == null || !path.startsWith(root) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }
}
