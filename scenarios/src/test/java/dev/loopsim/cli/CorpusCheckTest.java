package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code loopsim check} over every directory of the recorded corpus (language, event-loop, and each one
 * added later): every scenario prints what node printed, exits as node exited and meets its timings —
 * except the event-loop scripts still {@link EventLoopCorpusTest#WAITING waiting}, which must still fail.
 */
class CorpusCheckTest {
    static final Path CORPUS = Path.of("corpus");

    @Test
    void everyCorpusDirectoryPassesCheck() throws IOException {
        List<String> directories;
        try (Stream<Path> entries = Files.list(CORPUS)) {
            directories = entries.filter(Files::isDirectory)
                    .map(Path::toString)
                    .sorted()
                    .toList();
        }
        assertThat(directories)
                .contains(
                        CORPUS.resolve("language").toString(),
                        CORPUS.resolve("event-loop").toString());
        List<String> args = new ArrayList<>(List.of("check"));
        args.addAll(directories);

        CliRun run = CliRun.of(args.toArray(String[]::new));

        List<String> failed = run.out()
                .lines()
                .filter(line -> line.startsWith("FAIL "))
                .map(line -> line.substring(5, line.indexOf(':')))
                .distinct()
                .toList();
        List<String> waiting = EventLoopCorpusTest.WAITING.keySet().stream()
                .map(name -> CORPUS.resolve("event-loop").resolve(name + ".js").toString())
                .toList();
        assertThat(failed)
                .as("check's report:%n%s%nstderr:%n%s", run.out(), run.err())
                .isEqualTo(waiting);
        int failing = waiting.size();
        assertThat(run.out())
                .as("check's report; stderr:%n%s", run.err())
                .containsPattern("(\\d+) scenarios, \\d+ passed, " + failing + " failed in \\d+\\.\\ds\\n$");
        assertThat(run.exitCode()).isEqualTo(failing == 0 ? 0 : 1);
    }
}
