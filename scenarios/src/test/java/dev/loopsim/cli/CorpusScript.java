package dev.loopsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One script of a recorded corpus directory: the file, the flags node ran it with (its first line may be
 * {@code // flags: --x=y}), and what node printed ({@code NAME.out}) and exited with ({@code NAME.code},
 * 0 when absent). Helper files that are not scenarios live in a subdirectory and are not listed.
 */
record CorpusScript(Path file) {
    private static final String FLAGS = "// flags:";

    /** The {@code .js} and {@code .mjs} scripts directly in {@code dir}, by name. */
    static List<CorpusScript> in(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(
                            p -> p.toString().endsWith(".js") || p.toString().endsWith(".mjs"))
                    .sorted()
                    .map(CorpusScript::new)
                    .toList();
        }
    }

    String name() {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    String expectedStdout() throws IOException {
        return Files.readString(file.resolveSibling(name() + ".out"));
    }

    int expectedExitCode() throws IOException {
        Path code = file.resolveSibling(name() + ".code");
        return Files.exists(code) ? Integer.parseInt(Files.readString(code).trim()) : 0;
    }

    /** The node flags of the first line, passed to {@code loopsim run} as its own options. */
    List<String> flags() throws IOException {
        String first;
        try (Stream<String> lines = Files.lines(file)) {
            first = lines.findFirst().orElse("");
        }
        if (!first.startsWith(FLAGS)) {
            return List.of();
        }
        return Arrays.stream(first.substring(FLAGS.length()).trim().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
