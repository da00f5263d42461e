package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replay of the I/O scenarios: a run is a pure function of (scenario, seed). The same seed gives a
 * byte-identical trace; for a scenario whose latencies are random, another seed draws other latencies.
 */
class IoReplayTest {
    static final Path CORPUS = Path.of("corpus", "io");
    private static final Pattern LATENCY = Pattern.compile("\"kind\":\"io-start\".*? latency=(\\d+)");
    private static final Pattern RANDOM_MODEL = Pattern.compile("\\b(uniform|exponential|normal)\\(");

    @TempDir
    Path traces;

    @TestFactory
    Stream<DynamicTest> theSameSeedReplaysTheTraceAndAnotherSeedDrawsOtherRandomLatencies() throws IOException {
        List<CorpusScript> scripts = CorpusScript.in(CORPUS);
        assertThat(scripts).as("scenarios in %s", CORPUS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(60);
        return scripts.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
    }

    private void check(CorpusScript scenario) throws IOException {
        String first = trace(scenario, "a", "7");
        String again = trace(scenario, "b", "7");
        assertThat(again)
                .as("trace of %s, run again with seed 7", scenario.name())
                .isEqualTo(first);
        if (RANDOM_MODEL.matcher(Files.readString(scenario.file())).find()) {
            assertThat(latencies(trace(scenario, "c", "8")))
                    .as("latencies of %s with seed 8 against seed 7", scenario.name())
                    .isNotEqualTo(latencies(first));
        }
    }

    private String trace(CorpusScript scenario, String run, String seed) throws IOException {
        Path out = traces.resolve(scenario.name() + "." + run + ".jsonl");
        CliRun.of(
                "run",
                "--seed",
                seed,
                "--trace-json",
                out.toString(),
                scenario.file().toString());
        return Files.readString(out);
    }

    private static List<String> latencies(String trace) {
        List<String> drawn = new ArrayList<>();
        Matcher m = LATENCY.matcher(trace);
        while (m.find()) {
            drawn.add(m.group(1));
        }
        assertThat(drawn).as("io-start latencies in the trace").isNotEmpty();
        return drawn;
    }
}
