package dev.loopsim.js.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Node.SourceType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario recorded against real Node ({@code shared/node-reference/cases}) parses: {@code .mjs} as a module. */
class ParserNodeReferenceCorpusTest {

    /** Walks up from the working directory to a {@code shared/node-reference/cases} beside one of its ancestors. */
    static Path corpusDirectory() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve("node-reference").resolve("cases");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return fail("no shared/node-reference/cases directory beside any ancestor of " + dir);
    }

    @TestFactory
    Stream<DynamicTest> everyNodeReferenceScriptParses() throws IOException {
        Path cases = corpusDirectory();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(cases)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".mjs"))
                    .sorted()
                    .toList();
        }
        assertThat(files).as("scripts under %s", cases).isNotEmpty();
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(cases.relativize(file).toString(), () -> {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Source source = new Source(file.getFileName().toString(), text);
                    Program program;
                    try {
                        program = Parser.parse(source);
                    } catch (JsSyntaxError e) {
                        throw new AssertionError(e.render(), e);
                    }
                    boolean module = file.toString().endsWith(".mjs");
                    assertThat(program.sourceType()).isEqualTo(module ? SourceType.MODULE : SourceType.SCRIPT);
                    assertThat(program.body())
                            .as("statements of %s", file.getFileName())
                            .isNotEmpty();
                }));
    }
}
