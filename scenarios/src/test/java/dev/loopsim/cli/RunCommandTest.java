package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void runSaysPlainlyThatExecutionIsNotAvailableAndExitsTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("hello.js"), "console.log('hello');\n");

        CliRun run = CliRun.of("run", file.toString());

        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(RunCommand.NOT_AVAILABLE + "\n");
        assertThat(run.err()).contains("not available").contains("loopsim parse FILE");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void runReportsSyntaxErrorsExactlyLikeParse() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.js"), "setTimeout(() => {, 0);\n");

        CliRun run = CliRun.of("run", file.toString());
        CliRun parse = CliRun.of("parse", file.toString());

        assertThat(run.err()).isEqualTo(parse.err()).startsWith(file + ":1:");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void runOfAMissingFileIsAnErrorNotAStackTrace() {
        String file = dir.resolve("absent.js").toString();

        CliRun run = CliRun.of("run", file);

        assertThat(run.err()).isEqualTo("loopsim: cannot read " + file + ": no such file\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void runTakesExactlyOneFile() {
        CliRun run = CliRun.of("run", "a.js", "b.js");

        assertThat(run.err()).contains("Unmatched argument");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
