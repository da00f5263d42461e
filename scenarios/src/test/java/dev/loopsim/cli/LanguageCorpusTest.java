package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every script of corpus/language through the code path of {@code loopsim run} and compares its
 * stdout with the {@code .out} file node printed, and its exit code with {@code .code} (0 when absent).
 * Record with corpus/language/record.sh, which runs node three times and refuses unstable output.
 */
class LanguageCorpusTest {
    static final Path CORPUS = Path.of("corpus", "language");

    @TestFactory
    Stream<DynamicTest> eachScriptPrintsWhatNodePrinted() throws IOException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(CORPUS)) {
            scripts = files.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        assertThat(scripts).as("scripts in " + CORPUS.toAbsolutePath()).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(name(script), () -> check(script)));
    }

    private static String name(Path script) {
        String file = script.getFileName().toString();
        return file.substring(0, file.length() - ".js".length());
    }

    private static void check(Path script) throws IOException {
        Path expectedOut = script.resolveSibling(name(script) + ".out");
        Path expectedCode = script.resolveSibling(name(script) + ".code");
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        int exitCode = ScriptRunner.run(
                script.toString(),
                ScriptReader.read(script, ParseGoal.BY_FILE_NAME),
                line -> stdout.append(line).append('\n'),
                line -> stderr.append(line).append('\n'));
        int expectedExit = Files.exists(expectedCode)
                ? Integer.parseInt(Files.readString(expectedCode).trim())
                : 0;
        assertThat(stdout.toString())
                .as("stdout of %s; stderr was:%n%s", script, stderr)
                .isEqualTo(Files.readString(expectedOut));
        assertThat(exitCode)
                .as("exit code of %s; stderr was:%n%s", script, stderr)
                .isEqualTo(expectedExit);
    }
}
