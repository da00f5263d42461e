package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.loopsim.nodediff.NodeExecutable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code loopsim diff} over every directory of the corpus: each scenario prints the same and exits the
 * same under loopsim and under the real node with the prelude. Skipped only when node is not on PATH.
 */
class NodeCorpusDiffTest {
    static final Path CORPUS = Path.of("corpus");

    @Test
    void everyCorpusScenarioAgreesWithNodeUnderDiff() throws IOException {
        assumeThat(NodeExecutable.onPath(System.getenv()))
                .as("node is not on PATH: the corpus cannot be compared with node here")
                .isPresent();
        List<String> args = new ArrayList<>(List.of("diff"));
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            dirs.filter(Files::isDirectory).sorted().map(Path::toString).forEach(args::add);
        }
        assertThat(args).as("corpus directories in " + CORPUS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(3);
        long start = System.nanoTime();

        CliRun run = CliRun.of(args.toArray(String[]::new));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(run.out())
                .as(
                        "loopsim diff %s (took %d s); stderr:%n%s",
                        args.subList(1, args.size()), took.toSeconds(), run.err())
                .containsPattern("\\d+ scenarios: \\d+ agree, 0 differ\\n$")
                .doesNotContain("DIFFERS");
        assertThat(run.exitCode()).isZero();
    }
}
