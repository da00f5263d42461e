package dev.loopsim.nodediff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the real {@code node} on a scenario, with the prelude and its hand-over: what it printed
 * on stdout and stderr and its exit code, or that it outlived the wall-clock limit and was killed.
 */
public record NodeRun(String stdout, String stderr, int exitCode, boolean timedOut) {

    /**
     * Runs {@code node FLAGS --require PRELUDE SCRIPT} in the script's directory, the hand-over named by
     * {@code LOOPSIM_HANDOVER}; output goes to files in {@code work}, so no reader threads are needed.
     */
    public static NodeRun of(
            Path node, List<String> flags, Path prelude, HandOver handOver, Path script, Path work, Duration limit)
            throws IOException, InterruptedException {
        Path handOverFile = Files.writeString(work.resolve("handover.json"), handOver.toJson());
        Path out = work.resolve("stdout");
        Path err = work.resolve("stderr");
        List<String> command = new ArrayList<>();
        command.add(node.toString());
        command.addAll(flags);
        command.add("--require");
        command.add(prelude.toAbsolutePath().toString());
        command.add(script.toAbsolutePath().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(script.toAbsolutePath().getParent().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment()
                .put("LOOPSIM_HANDOVER", handOverFile.toAbsolutePath().toString());
        Process process = builder.start();
        boolean finished;
        try {
            finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor();
            }
        }
        return new NodeRun(
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                finished ? process.exitValue() : -1,
                !finished);
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
