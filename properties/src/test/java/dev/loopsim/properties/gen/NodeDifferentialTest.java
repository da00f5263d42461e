package dev.loopsim.properties.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.loopsim.properties.run.ChoiceStream;
import dev.loopsim.properties.run.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 generated programs (no fake I/O; timers of different delays 20 ms apart, no timer racing an
 * immediate) printed to files and run by the real {@code node} on PATH and by loopsim: stdout and exit
 * code must agree. A program whose node output changes from run to run is Node's own nondeterminism, not
 * loopsim's: it is re-run and counted, and there must be few.
 */
class NodeDifferentialTest {
    static final int PROGRAMS = 200;
    static final long SEED = 7_000;
    static final ProgramGenerator GENERATOR = new ProgramGenerator(ProgramGenerator.Profile.forNode());

    record Outcome(String stdout, int exitCode) {
        @Override
        public String toString() {
            return "exit code " + exitCode + ", stdout:\n" + stdout;
        }
    }

    static boolean nodeOnPath() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Outcome node(Path script, Path out) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("node", script.getFileName().toString())
                .directory(script.getParent().toFile())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("node did not finish " + script + " within 60 s");
        }
        return new Outcome(Files.readString(out, StandardCharsets.UTF_8), p.exitValue());
    }

    /** What one program gave: node's first outcome, and its second and third when the first disagreed. */
    record Compared(long seed, Path file, GeneratedProgram program, Outcome loopsim, List<Outcome> node, Run run) {
        boolean agrees() {
            return node.getFirst().equals(loopsim);
        }

        boolean nodeIsStable() {
            return node.stream().distinct().count() == 1;
        }
    }

    @Test
    void generatedProgramsPrintTheSameAndExitTheSameUnderNodeAndLoopsim(@TempDir Path dir) throws Exception {
        assumeTrue(nodeOnPath(), "node is not on PATH: generated programs cannot be compared with node here");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Compared>> futures = new ArrayList<>();
            for (int i = 0; i < PROGRAMS; i++) {
                long seed = SEED + i;
                futures.add(pool.submit(() -> compare(dir, seed)));
            }
            List<Compared> compared = new ArrayList<>();
            for (Future<Compared> f : futures) {
                compared.add(get(f));
            }
            List<Compared> unstable =
                    compared.stream().filter(c -> !c.nodeIsStable()).toList();
            List<Compared> disagreeing = compared.stream()
                    .filter(c -> c.nodeIsStable() && !c.agrees())
                    .toList();
            assertThat(disagreeing)
                    .as(() -> disagreeing.isEmpty()
                            ? ""
                            : "loopsim disagrees with node on " + disagreeing.size() + " generated programs"
                                    + " (keep each as a regression scenario in scenarios/corpus/event-loop):\n"
                                    + describe(disagreeing.getFirst()))
                    .isEmpty();
            assertThat(unstable)
                    .as(() -> "node printed differently from one run to the next for " + unstable.size()
                            + " programs; the generator should not make so many:\n"
                            + (unstable.isEmpty() ? "" : describe(unstable.getFirst())))
                    .hasSizeLessThanOrEqualTo(PROGRAMS / 20);
            List<Compared> withChoices =
                    compared.stream().filter(c -> !c.run().choices().isEmpty()).toList();
            assertThat(withChoices)
                    .as(() -> "programs meant for node reach a choice point, an order Node leaves to chance:\n"
                            + (withChoices.isEmpty() ? "" : describe(withChoices.getFirst())))
                    .isEmpty();
            assertThat(compared.stream().filter(c -> !c.loopsim().stdout().isEmpty()))
                    .as("programs that printed something")
                    .hasSizeGreaterThan(PROGRAMS / 2);
        } finally {
            pool.shutdownNow();
        }
    }

    static Compared compare(Path dir, long seed) throws IOException, InterruptedException {
        GeneratedProgram program = GENERATOR.generate(Draws.random(seed));
        Path file = dir.resolve("gen-" + seed + ".js");
        Files.writeString(file, program.text(), StandardCharsets.UTF_8);
        Run run = program.script(file.toString()).run(ChoiceStream.DEFAULTS, false);
        Outcome loopsim = new Outcome(run.stdout(), run.exitCode());
        List<Outcome> node = new ArrayList<>();
        node.add(node(file, dir.resolve("gen-" + seed + ".out1")));
        if (!node.getFirst().equals(loopsim)) {
            // Tell Node's own nondeterminism (a loaded machine firing a timer late) from loopsim's error.
            node.add(node(file, dir.resolve("gen-" + seed + ".out2")));
            node.add(node(file, dir.resolve("gen-" + seed + ".out3")));
        }
        return new Compared(seed, file, program, loopsim, node, run);
    }

    static String describe(Compared c) {
        return "seed " + c.seed() + " (ProgramGenerator(Profile.forNode()).generate(Draws.random(" + c.seed()
                + "))), draws " + c.program().draws() + "\n--- program\n"
                + c.program().text() + "--- loopsim: "
                + c.loopsim() + "--- node: " + c.node() + "\n--- loopsim's choices: "
                + c.run().choices() + "\n";
    }

    private static <T> T get(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
