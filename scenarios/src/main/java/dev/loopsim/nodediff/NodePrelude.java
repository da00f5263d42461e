package dev.loopsim.nodediff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JavaScript prelude node loads with {@code --require} under {@code loopsim diff}: it scales node's
 * clock and timers and installs fake {@code fetch} and {@code fs} answering from a {@link HandOver}.
 */
public final class NodePrelude {
    private static final String RESOURCE = "node-prelude.js";

    private NodePrelude() {}

    /** The prelude's source, as shipped in the jar. */
    public static String source() {
        try (InputStream in = NodePrelude.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the node prelude is missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the prelude into {@code dir} and returns the file, for {@code node --require FILE}. */
    public static Path writeInto(Path dir) throws IOException {
        return Files.writeString(dir.resolve("loopsim-node-prelude.js"), source());
    }
}
