package dev.loopsim.nodediff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The node prelude answers fetch and fs after the latencies and with the outcomes it is handed, on a
 * scaled clock; where it stands in for node's own fs or fetch, node without the prelude is the reference.
 */
class NodePreludeTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String API = "https://api.example.test/";

    @TempDir
    Path work;

    private Path node;
    private Path prelude;

    @BeforeEach
    void needsNode() throws IOException {
        assumeThat(NodeExecutable.onPath(System.getenv()))
                .as("node is not on PATH: the prelude cannot be tested here")
                .isPresent();
        node = NodeExecutable.onPath(System.getenv()).orElseThrow();
        prelude = NodePrelude.writeInto(work);
    }

    @Test
    void timersWaitScaledRealTimeWhileTheScriptSeesVirtualMilliseconds() throws Exception {
        Path script = script("timer.js", """
                const t0 = Date.now();
                const p0 = performance.now();
                setTimeout(() => console.log(Date.now() - t0, Math.floor(performance.now() - p0)), 50);
                """);
        long before = System.nanoTime();

        NodeRun run = runWithPrelude(script, handOver(10, List.of(), Map.of()));

        // libuv decides a timer is due on its loop time, truncated to whole real ms, so performance.now()
        // (sub-ms, scaled) can read up to 1 real ms short: 49.9 virtual ms, printed floored as 49.
        assertThat(run.stdout()).isIn("50 50\n", "50 49\n");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
    }

    @Test
    void fetchAnswersAfterTheHandedLatenciesInTheirOrder() throws Exception {
        Path script = script("fetch.js", """
                const t0 = Date.now();
                for (const name of ['slow', 'fast']) {
                  fetch('%s' + name)
                    .then(async (r) => console.log(name, r.status, r.ok, await r.text(), Date.now() - t0));
                }
                """.formatted(API));
        List<IoDraw> draws = List.of(
                new IoDraw("fetch GET " + API + "slow", 30, "200"), new IoDraw("fetch GET " + API + "fast", 10, "200"));

        NodeRun run = runWithPrelude(script, handOver(20, draws, Map.of()));

        assertThat(run.stdout()).isEqualTo("fast 200 true hello 10\nslow 200 true hello 30\n");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void completionsDueInTheSameMillisecondRunInStartOrderWithTheQueuesDrainedBetween() throws Exception {
        Path script = script("same-ms.js", """
                for (const n of [1, 2, 3]) {
                  fetch('%s' + n).then(() => {
                    console.log('response', n);
                    process.nextTick(() => console.log('  tick', n));
                    Promise.resolve().then(() => console.log('  microtask', n));
                  });
                }
                """.formatted(API));
        List<IoDraw> draws = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            draws.add(new IoDraw("fetch GET " + API + n, 7, "200"));
        }

        NodeRun run = runWithPrelude(script, handOver(20, draws, Map.of()));

        List<String> lines = run.stdout().lines().toList();
        assertThat(lines).hasSize(9);
        for (int n = 1; n <= 3; n++) {
            String suffix = " " + n;
            assertThat(lines.subList(3 * (n - 1), 3 * n))
                    .as("response %d and its queues, before the next response", n)
                    .allMatch(l -> l.endsWith(suffix))
                    .startsWith("response " + n);
        }
    }

    @Test
    void aNetworkFailureRejectsAsNodesFetchDoes() throws Exception {
        Path script = script("fail.js", """
                fetch(process.argv[2] || 'http://127.0.0.1:1/')
                  .catch((e) => console.log(e.constructor.name, e.name, e.message, e.cause instanceof Error));
                """);

        NodeRun faked = runWithPrelude(
                script,
                handOver(20, List.of(new IoDraw("fetch GET http://127.0.0.1:1/", 5, "network-error")), Map.of()));
        NodeRun real = runWithoutPrelude(script);

        assertThat(faked.stdout()).isEqualTo(real.stdout()).isNotEmpty();
    }

    @Test
    void fsAnswersFromTheHandedFilesAsNodesFsAnswersFromDisk() throws Exception {
        String body = """
                const fs = require('fs');
                const fsp = require('fs/promises');
                const { promisify } = require('util');
                const data = require('path').join(__dirname, 'data');
                const at = (name) => data + '/' + name;
                (async () => {
                  console.log(await fsp.readFile(at('a.txt'), 'utf8'));
                  console.log((await fsp.readFile(at('a.txt'))).length);
                  await fsp.writeFile(at('b.txt'), 'written');
                  console.log(await promisify(fs.readFile)(at('b.txt'), 'utf8'));
                  console.log(await fsp.readdir(data));
                  const s = await fsp.stat(at('a.txt'));
                  console.log(s.size, s.isFile(), s.isDirectory());
                  try { await fsp.readFile(at('missing.txt')); } catch (e) {
                    console.log(e.message.replace(__dirname, 'DIR'), e.code, e.errno, e.syscall);
                  }
                  fs.readFile('missing.txt', (e) => {
                    console.log(e);
                    fs.stat(data, (e2, s2) => console.log(e2, s2.isDirectory()));
                  });
                })();
                """;
        Path dir = Files.createDirectories(work.resolve("scenario"));
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("a.txt"), "alpha\n");
        Path script = Files.writeString(dir.resolve("fs.js"), body);
        NodeRun real = runWithoutPrelude(script);
        Files.delete(data.resolve("b.txt"));
        Files.delete(data.resolve("a.txt"));
        Files.delete(data);
        List<String> ops = List.of(
                "readFile DATA/a.txt",
                "readFile DATA/a.txt",
                "writeFile DATA/b.txt",
                "readFile DATA/b.txt",
                "readdir DATA",
                "stat DATA/a.txt",
                "readFile DATA/missing.txt",
                "readFile /missing.txt",
                "stat DATA");
        List<IoDraw> draws = new ArrayList<>();
        for (String op : ops) {
            draws.add(new IoDraw(op.replace("DATA", data.toString()), 1, op.contains("missing") ? "ENOENT" : "ok"));
        }
        Map<String, String> files = Map.of(data.resolve("a.txt").toString(), "alpha\n");

        NodeRun faked = runWithPrelude(script, handOver(20, draws, files));

        assertThat(faked.stdout()).isEqualTo(real.stdout()).contains("alpha", "written", "ENOENT");
        assertThat(faked.stderr()).isEmpty();
        assertThat(data).as("the fake fs never writes to disk").doesNotExist();
    }

    @Test
    void anOperationLoopsimDidNotStartIsNotedOnStderr() throws Exception {
        Path script = script("extra.js", "fetch('%sx').then((r) => console.log(r.status));\n".formatted(API));

        NodeRun run = runWithPrelude(script, handOver(20, List.of(), Map.of()));

        assertThat(run.stderr())
                .isEqualTo("loopsim prelude: I/O #1 (fetch GET " + API
                        + "x) started in node but not in loopsim; it completes after 1 ms\n");
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    private static HandOver handOver(double scale, List<IoDraw> draws, Map<String, String> files) {
        HandOver.Route route = new HandOver.Route(API + "*", "GET", 200, Map.of("content-type", "text/plain"), "hello");
        return new HandOver(scale, draws, List.of(route), files);
    }

    private NodeRun runWithPrelude(Path script, HandOver handOver) throws Exception {
        Path dir = Files.createTempDirectory(work, "run");
        return NodeRun.of(node, List.of(), prelude, handOver, script, dir, LIMIT);
    }

    private NodeRun runWithoutPrelude(Path script) throws Exception {
        Path empty = Files.writeString(work.resolve("empty-prelude.js"), "");
        Path dir = Files.createTempDirectory(work, "real");
        return NodeRun.of(node, List.of(), empty, handOver(1, List.of(), Map.of()), script, dir, LIMIT);
    }
}
