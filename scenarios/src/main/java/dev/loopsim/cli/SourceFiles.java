package dev.loopsim.cli;

import dev.loopsim.js.syntax.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads script files into {@link Source}s the way Node's loader does (UTF-8, a leading byte order mark
 * dropped), turning every I/O failure into a {@link UserError} that names the file and the reason.
 */
final class SourceFiles {
    private SourceFiles() {}

    static Source read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw cannotRead(name, "is a directory");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw cannotRead(name, "no such file");
        } catch (AccessDeniedException e) {
            throw cannotRead(name, "permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw cannotRead(name, reason(e));
        } catch (SecurityException e) {
            throw cannotRead(name, "access denied");
        }
        // new String(bytes, UTF_8) replaces malformed sequences with U+FFFD instead of throwing.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Source(name, text);
    }

    private static UserError cannotRead(String name, String reason) {
        return new UserError("loopsim: cannot read " + name + ": " + reason, ExitCodes.USAGE);
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : message.replaceAll("\\R+", " ").strip();
    }
}
