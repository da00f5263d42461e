package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.io.Failure;
import dev.loopsim.io.FileSpec;
import dev.loopsim.io.IoSetup;
import dev.loopsim.io.LatencyModel;
import dev.loopsim.io.Route;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.TraceEvent.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fake fetch and fs: results, errors and ticks as node gives them (each expectation printed by node v20,
 * fetch against a local server answering the same status, headers and body), latencies drawn from the seed.
 */
class FakeIoTest {

    private static final Route USER = new Route(
            null,
            "https://api.example.com/user/*",
            201,
            Map.of("content-type", "application/json", "x-request-id", "abc"),
            "{\"id\":1,\"name\":\"Ada\"}",
            null,
            null);

    private static Simulation run(String script, IoSetup io) {
        return run(script, io, ChoiceSource.defaults());
    }

    private static Simulation run(String script, IoSetup io, ChoiceSource choices) {
        return Simulation.run("/app/script.js", script, choices, NodeOptions.DEFAULTS.withIo(io));
    }

    private static IoSetup routes(Route... routes) {
        return new IoSetup(0, null, List.of(routes), List.of());
    }

    @Test
    void aRouteAnswersWithItsStatusHeadersAndBodyReadOnce() {
        Simulation run = run("""
                (async () => {
                  const res = await fetch('https://api.example.com/user/1');
                  console.log(res.ok, res.status, res.statusText, res.headers.get('Content-Type'), res.headers.get('X-Request-Id'), res.headers.get('missing'));
                  const user = await res.json();
                  console.log(user, res.bodyUsed);
                  await res.text().catch((e) => console.log(e.name, e.message));
                })();
                """, routes(USER));

        assertThat(run.stdout()).isEqualTo("""
                        true 201 Created application/json abc null
                        { id: 1, name: 'Ada' } true
                        TypeError Body is unusable: Body has already been read
                        """);
    }

    @Test
    void readingABodyTakesAJobANextTickAndSevenJobsAsUndiciDoes() {
        // node: json() called at the top of a macrotask lands between marker chains 1 and 2
        Simulation run = run("""
                const out = [];
                fetch('https://api.example.com/user/1').then((r) => setTimeout(() => {
                  r.json().then(() => out.push('JSON'));
                  let m = 0;
                  (function micro() {
                    const i = ++m;
                    process.nextTick(() => { let p = Promise.resolve(); for (let k = 0; k < 7; k++) p = p.then(() => {}); p.then(() => out.push('N' + i)); });
                    if (m < 12) Promise.resolve().then(micro);
                  })();
                  setTimeout(() => console.log(out.join(' ')), 5);
                }, 1));
                """, routes(USER));

        assertThat(run.stdout()).isEqualTo("N1 JSON N2 N3 N4 N5 N6 N7 N8 N9 N10 N11 N12\n");
    }

    @Test
    void writesAreVisibleToLaterReadsOfTheSameRun() {
        Simulation run = run("""
                const fs = require('fs');
                const file = __dirname + '/out.txt';
                fs.writeFile(file, 'hello, world', (err) => {
                  console.log('written', err);
                  fs.readFile(file, 'utf8', (err, text) => {
                    console.log('read back', err, JSON.stringify(text));
                    fs.stat(file, (err, stats) => {
                      console.log('stat', err, stats.isFile(), stats.isDirectory(), stats.size);
                      fs.promises.writeFile(file, 'again').then(() => fs.promises.readFile(file, 'utf8')).then((text) => console.log('promises', text));
                    });
                  });
                });
                """, IoSetup.NONE);

        assertThat(run.stdout()).isEqualTo("""
                        written null
                        read back null "hello, world"
                        stat null true false 12
                        promises again
                        """);
    }

    @Test
    void theSetupsFilesSitBesideTheScript() {
        IoSetup io = new IoSetup(0, null, List.of(), List.of(FileSpec.of("data/config.json", "{\"debug\": true}")));
        Simulation run = run("""
                const fs = require('fs');
                fs.readFile(__dirname + '/data/config.json', 'utf8', (err, text) => console.log(JSON.parse(text)));
                fs.readdir(__dirname, (err, names) => console.log(names));
                """, io);

        assertThat(run.stdout()).isEqualTo("{ debug: true }\n[ 'data', 'script.js' ]\n");
    }

    @Test
    void anIoCallbackRunsInThePollPhaseAtItsLatency() {
        IoSetup io = routes(USER.withLatency(LatencyModel.fixed(40)));
        Simulation run = run("fetch('https://api.example.com/user/1').then(() => console.log('answered'));", io);

        assertThat(run.printedAt("answered")).isBetween(40_000L, 41_000L);
        assertThat(run.events(Kind.IO_START))
                .extracting(e -> e.phase() + " " + e.detail())
                .containsExactly("main fetch GET https://api.example.com/user/1 latency=40 outcome=201");
        assertThat(run.events(Kind.IO_COMPLETE))
                .extracting(e -> e.phase() + " " + e.micros() / 1000 + " " + e.detail())
                .containsExactly("poll 40 fetch GET https://api.example.com/user/1");
    }

    @Test
    void theSameSeedGivesTheSameTraceAndAnotherSeedOtherLatencies() {
        IoSetup io = new IoSetup(0, LatencyModel.parse("uniform(1, 1000)"), List.of(USER), List.of());
        String script =
                "for (let i = 0; i < 5; i++) fetch('https://api.example.com/user/' + i).then(() => console.log(i));";

        Simulation a = run(script, io, new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 1));
        Simulation b = run(script, io, new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 1));
        Simulation c = run(script, io, new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 2));

        assertThat(a.trace()).isEqualTo(b.trace());
        assertThat(a.events(Kind.IO_START))
                .extracting(TraceEvent::detail)
                .isNotEqualTo(
                        c.events(Kind.IO_START).stream().map(TraceEvent::detail).toList());
    }

    @Test
    void mathRandomDrawsFromTheRunsSeed() {
        String script = "console.log(Math.random(), Math.random());";
        String one = run(script, IoSetup.NONE, new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 1))
                .stdout();

        assertThat(run(script, IoSetup.NONE, new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 1))
                        .stdout())
                .isEqualTo(one);
        assertThat(run(script, IoSetup.NONE, new ChoiceSource(List.of(), ChoiceSource.Strategy.DEFAULT, 2))
                        .stdout())
                .isNotEqualTo(one);
    }

    @Test
    void completionsDueInTheSameMillisecondRunInStartOrderUnlessIoSameMsSaysOtherwise() {
        String script = "for (const i of [1, 2, 3]) require('fs').readFile(__filename, () => console.log(i));";

        assertThat(run(script, IoSetup.NONE).stdout()).isEqualTo("1\n2\n3\n");
        ChoiceSource third =
                new ChoiceSource(List.of(ChoiceSource.Forced.parse("io-same-ms@1=3rd")), ChoiceSource.Strategy.DEFAULT);
        assertThat(run(script, IoSetup.NONE, third).stdout()).isEqualTo("3\n1\n2\n");
    }

    @Test
    void injectedFailuresFailAsTheirKindDoes() {
        Route down = new Route(null, "https://down.example.com/*", 200, Map.of(), "", null, Failure.fail(1));
        Route busy =
                new Route(null, "https://busy.example.com/*", 200, Map.of(), "", null, Failure.parse("fail(1, 503)"));
        FileSpec locked = new FileSpec("locked.txt", "secret", null, Failure.parse("fail(1, EACCES)"));
        IoSetup io = new IoSetup(0, null, List.of(down, busy), List.of(locked));
        Simulation run = run("""
                fetch('https://down.example.com/x').catch((e) => console.log(e.message, e.cause.code, e.cause.syscall));
                fetch('https://busy.example.com/x').then((r) => console.log(r.ok, r.status, r.statusText));
                require('fs').readFile(__dirname + '/locked.txt', (e) => console.log(e.message, e.errno));
                """, io);

        assertThat(run.stdout()).isEqualTo("""
                        fetch failed ECONNREFUSED connect
                        false 503 Service Unavailable
                        EACCES: permission denied, open '/app/locked.txt' -13
                        """);
    }
}
