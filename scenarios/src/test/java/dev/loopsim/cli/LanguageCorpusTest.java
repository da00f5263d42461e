package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.properties.run.ParseGoal;
import java.io.IOException;
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
        List<CorpusScript> scripts = CorpusScript.in(CORPUS);
        assertThat(scripts).as("scripts in " + CORPUS.toAbsolutePath()).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.name(), () -> check(script)));
    }

    private static void check(CorpusScript script) throws IOException {
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        int exitCode = ScriptRunner.run(
                script.file().toString(),
                ScriptReader.read(script.file(), ParseGoal.BY_FILE_NAME),
                line -> stdout.append(line).append('\n'),
                line -> stderr.append(line).append('\n'));
        assertThat(stdout.toString())
                .as("stdout of %s; stderr was:%n%s", script.file(), stderr)
                .isEqualTo(script.expectedStdout());
        assertThat(exitCode)
                .as("exit code of %s; stderr was:%n%s", script.file(), stderr)
                .isEqualTo(script.expectedExitCode());
    }
}
