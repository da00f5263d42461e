package dev.loopsim.js.syntax;

import static org.assertj.core.api.Assertions.assertThat;

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

    @TestFactory
    Stream<DynamicTest> everyNodeReferenceScriptParses() throws IOException {
        Path cases = NodeReferenceCorpus.directory();
        List<Path> files = NodeReferenceCorpus.scripts();
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
