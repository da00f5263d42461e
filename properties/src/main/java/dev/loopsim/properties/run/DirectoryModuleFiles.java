package dev.loopsim.properties.run;

import dev.loopsim.host.ModuleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a script run from the command line may {@code require} or {@code import}: regular files under
 * the main script's directory, read as UTF-8; anything outside it, or unreadable, does not exist for the script.
 */
public final class DirectoryModuleFiles implements ModuleFiles {
    private final Path root;

    public DirectoryModuleFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<String> read(String absolutePath) {
        Path file;
        try {
            file = Path.of(absolutePath).normalize();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!file.isAbsolute() || !file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text); // as Node strips a BOM
        } catch (IOException | SecurityException | OutOfMemoryError e) {
            return Optional.empty();
        }
    }
}
