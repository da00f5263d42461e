package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.loopsim.nodediff.NodeExecutable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code loopsim diff}: agreement, a disagreement shown as a diff, results in file order, and what
 * happens without node on PATH. The expectations are what loopsim itself prints for the same file.
 */
class DiffCommandTest {
    @TempDir
    Path dir;

    /** Prints a number node draws at random; loopsim's comes from its seed, so the two never agree. */
    private static final String RANDOM = "console.log('before');\nconsole.log(Math.random());\nconsole.log('after');\n";

    private static final String ORDERS = """
            setTimeout(() => {
              console.log('timeout 10');
              setImmediate(() => console.log('immediate'));
              setTimeout(() => console.log('timeout 0'), 0);
            }, 10);
            setTimeout(() => console.log('timeout 5'), 5);
            Promise.resolve().then(() => console.log('microtask'));
            process.nextTick(() => console.log('tick'));
            console.log('sync');
            """;

    @BeforeEach
    void needsNode() {
        assumeThat(NodeExecutable.onPath(System.getenv()))
                .as("node is not on PATH: loopsim diff cannot be tested here")
                .isPresent();
    }

    @Test
    void scenariosThatPrintTheSameUnderNodeAgreeAndExitZero() throws IOException {
        Path script = Files.writeString(dir.resolve("orders.js"), ORDERS);

        CliRun run = CliRun.of("diff", script.toString());

        assertThat(run.out()).isEqualTo("1 scenario: 1 agrees, 0 differ\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aDisagreementShowsLoopsimsLinesAgainstNodesAndExitsOne() throws IOException {
        Path script = Files.writeString(dir.resolve("random.js"), RANDOM);
        String loopsimNumber =
                CliRun.of("run", script.toString()).out().lines().toList().get(1);

        CliRun run = CliRun.of("diff", script.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .startsWith("DIFFERS " + script + "\n")
                .contains("stdout (- loopsim, + node):\n")
                .contains("   before\n  -" + loopsimNumber + "\n  +0.")
                .contains("   after\n")
                .endsWith("1 scenario: 0 agree, 1 differs\n");
    }

    @Test
    void aDirectoryRunsItsScriptsAndReportsThemInFileOrder() throws IOException {
        Files.writeString(dir.resolve("a-random.js"), RANDOM);
        Files.writeString(dir.resolve("b-orders.js"), ORDERS);
        Files.writeString(dir.resolve("c-random.mjs"), RANDOM);
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/helper.js"), RANDOM);
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");

        CliRun run = CliRun.of("diff", "--jobs", "3", dir.toString());

        assertThat(run.out().lines().filter(l -> l.startsWith("DIFFERS ")))
                .containsExactly("DIFFERS " + dir.resolve("a-random.js"), "DIFFERS " + dir.resolve("c-random.mjs"));
        assertThat(run.out()).endsWith("3 scenarios: 1 agrees, 2 differ\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void withoutNodeOnPathDiffSaysSoAndExitsTwo() throws IOException {
        Path script = Files.writeString(dir.resolve("orders.js"), ORDERS);
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("PATH", dir.resolve("no-node-here").toString());

        CliRun run = CliRun.of(Main.commandLine(factoryWith(environment)), "diff", script.toString());

        assertThat(run.err()).isEqualTo("loopsim diff: node was not found on PATH\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsAUsageError() {
        CliRun run = CliRun.of("diff", dir.resolve("missing.js").toString());

        assertThat(run.err()).isEqualTo("loopsim diff: no such file or directory: " + dir.resolve("missing.js") + "\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    private static CommandLine.IFactory factoryWith(Map<String, String> environment) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls == DiffCommand.class ? cls.cast(new DiffCommand(environment)) : defaults.create(cls);
            }
        };
    }
}
