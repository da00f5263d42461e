package dev.loopsim.js.syntax;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The programs recorded against real Node in {@code shared/node-reference/cases}, beside the checkout. */
public final class NodeReferenceCorpus {
    private NodeReferenceCorpus() {}

    /** Walks up from the working directory to a {@code shared/node-reference/cases} beside an ancestor. */
    public static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve("node-reference").resolve("cases");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("no shared/node-reference/cases directory beside any ancestor of " + dir);
    }

    /** Every {@code .js} and {@code .mjs} program of the corpus, sorted by path. */
    public static List<Path> scripts() {
        try (Stream<Path> walk = Files.walk(directory())) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".mjs"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
