package dev.loopsim.bench;

import dev.loopsim.js.syntax.Node.Program;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Printer;
import dev.loopsim.js.syntax.RandomAst;
import dev.loopsim.js.syntax.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse throughput on one deterministic ~2 MB script: printed random programs plus the node-reference cases
 * wrapped in functions. Reports milliseconds per parse; {@code bench/parse} turns that into MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xss8m", "-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ParseBenchmark {
    /** Size the input grows to, in UTF-16 characters; a little more once the last program is added. */
    static final int TARGET_CHARS = 2_000_000;

    private static final long FIRST_SEED = 1L;

    private Source source;

    @Setup
    public void buildInput() {
        source = new Source("bench-input.js", input());
        // Fail here, not with a misleading number, when the input does not parse.
        Parser.parseScript(source);
    }

    @Benchmark
    public Program parse() {
        return Parser.parseScript(source);
    }

    /** The benchmark's input: the same text on every machine and every run. */
    public static String input() {
        StringBuilder text = new StringBuilder(TARGET_CHARS + 100_000);
        int index = 0;
        for (Path file : referenceCases()) {
            text.append("async function referenceCase").append(index++).append("() {\n");
            text.append(read(file)).append("\n}\n");
        }
        long seed = FIRST_SEED;
        while (text.length() < TARGET_CHARS) {
            // Each program in its own function: its fresh names (v1, v2, …) restart at every program.
            text.append("function generated").append(seed).append("() {\n");
            text.append(Printer.print(new RandomAst(seed).script())).append("}\n");
            seed++;
        }
        return text.toString();
    }

    /** Writes {@link #input()} to the file named by the first argument (UTF-8), for timing other parsers. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench-input.js");
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, input(), StandardCharsets.UTF_8);
        System.out.println(out + " " + Files.size(out));
    }

    private static List<Path> referenceCases() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path cases = dir.resolve("shared/node-reference/cases");
            if (Files.isDirectory(cases)) {
                try (Stream<Path> files = Files.list(cases)) {
                    return files.filter(p ->
                                    p.toString().endsWith(".js") || p.toString().endsWith(".mjs"))
                            .sorted()
                            .toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.of(); // without the reference cases the input is all generated code
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
