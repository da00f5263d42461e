package dev.loopsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.io.Failure;
import dev.loopsim.io.FileSpec;
import dev.loopsim.io.IoSetup;
import dev.loopsim.io.LatencyModel;
import dev.loopsim.io.Route;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {
    private static final Path FILE = Path.of("dashboard.js");

    private static Scenario read(String... lines) {
        return ScenarioReader.read(FILE, String.join("\n", lines) + "\n");
    }

    private static ScenarioError errorOf(String... lines) {
        try {
            read(lines);
        } catch (ScenarioError e) {
            return e;
        }
        throw new AssertionError("no ScenarioError for:\n" + String.join("\n", lines));
    }

    @Test
    void aFileWithoutFrontMatterIsAScenarioWithDefaults() {
        Scenario scenario = read("console.log('hi');");

        assertThat(scenario).isEqualTo(Scenario.defaults(FILE));
    }

    @Test
    void aFlagsFirstLineGivesFlagsWhenThereIsNoFrontMatter() {
        Scenario scenario = read("// flags: --unhandled-rejections=strict", "Promise.reject(1);");

        assertThat(scenario.flags()).containsExactly("--unhandled-rejections=strict");
    }

    @Test
    void anEmptyFrontMatterIsAScenarioWithDefaults() {
        assertThat(read("/*---", "---*/", "console.log(1);")).isEqualTo(Scenario.defaults(FILE));
    }

    @Test
    void everyKeyIsReadIntoTheScenario() {
        Scenario scenario = read(
                "// a header comment",
                "/*---",
                "description: loadDashboard takes the sum of the latencies",
                "flags: [--unhandled-rejections=warn]",
                "seed: 7",
                "expect:",
                "  timings:",
                "    - line: dashboard loaded",
                "      at: 150",
                "    - line: 42",
                "      at: [10, 20]",
                "---*/",
                "console.log('dashboard loaded');");

        assertThat(scenario.description()).isEqualTo("loadDashboard takes the sum of the latencies");
        assertThat(scenario.flags()).containsExactly("--unhandled-rejections=warn");
        assertThat(scenario.seed()).isEqualTo(7);
        assertThat(scenario.timings())
                .containsExactly(
                        new TimingExpectation("dashboard loaded", 150, 150, 8),
                        new TimingExpectation("42", 10, 20, 10));
    }

    @Test
    void theFakeIoOfTheDocsExampleIsReadIntoTheIoSetup() {
        Scenario scenario = read(
                "/*---",
                "seed: 7",
                "latency: fixed(10)",
                "routes:",
                "  - url: https://api.example.com/user/*",
                "    method: get",
                "    status: 201",
                "    headers: { content-type: application/json }",
                "    body: { id: 1, name: Ada, tags: [a, 2, true, null], ratio: 0.5 }",
                "    latency: uniform(20, 50)",
                "    fail: fail(0.1)",
                "  - url: https://api.example.com/plain",
                "    body: just text",
                "files:",
                "  data/config.json: '{\"debug\": true}'",
                "  logs/app.log:",
                "    content: ''",
                "    latency: fixed(5)",
                "    fail: fail(1, EACCES)",
                "---*/");

        IoSetup io = scenario.io();
        assertThat(io.seed()).isEqualTo(7);
        assertThat(scenario.seed()).isEqualTo(7);
        assertThat(io.latency()).isEqualTo(LatencyModel.parse("fixed(10)"));
        assertThat(io.routes())
                .containsExactly(
                        new Route(
                                "GET",
                                "https://api.example.com/user/*",
                                201,
                                Map.of("content-type", "application/json"),
                                "{\"id\":1,\"name\":\"Ada\",\"tags\":[\"a\",2,true,null],\"ratio\":0.5}",
                                LatencyModel.parse("uniform(20, 50)"),
                                Failure.parse("fail(0.1)")),
                        Route.of("https://api.example.com/plain", "just text"));
        assertThat(io.files())
                .containsExactly(
                        FileSpec.of("data/config.json", "{\"debug\": true}"),
                        new FileSpec(
                                "logs/app.log", "", LatencyModel.parse("fixed(5)"), Failure.parse("fail(1, EACCES)")));
    }

    @Test
    void aMalformedLatencyModelIsAnErrorAtItsKeyAsTheDocsShow() {
        ScenarioError e = errorOf("/*---", "routes:", "  - url: https://a.example/*", "    latency: fast", "---*/");

        assertThat(e.getMessage())
                .startsWith(
                        "dashboard.js:4: routes[0].latency: expected a latency model such as fixed(10), got 'fast'");
    }

    @Test
    void aMalformedFailureIsAnErrorAtItsKey() {
        ScenarioError e = errorOf("/*---", "files:", "  a.txt:", "    fail: sometimes", "---*/");

        assertThat(e.getMessage())
                .startsWith("dashboard.js:4: files[a.txt].fail: expected a failure such as fail(0.1)");
    }

    @Test
    void aFileCannotFailWithAnHttpStatus() {
        ScenarioError e = errorOf("/*---", "files:", "  a.txt:", "    content: x", "    fail: fail(1, 503)", "---*/");

        assertThat(e.getMessage())
                .isEqualTo("dashboard.js:5: files[a.txt].fail: a.txt: fail(1, 503): a file operation fails with a"
                        + " network error or an errno, not an HTTP status");
    }

    @Test
    void aRouteNeedsAUrl() {
        ScenarioError e = errorOf("/*---", "routes:", "  - body: x", "---*/");

        assertThat(e.getMessage()).isEqualTo("dashboard.js:3: routes[0]: missing key 'url'");
    }

    @Test
    void aRouteStatusOutsideHttpsRangeIsAnError() {
        ScenarioError e = errorOf("/*---", "routes:", "  - url: https://a.example/", "    status: 99", "---*/");

        assertThat(e.getMessage())
                .isEqualTo("dashboard.js:4: routes[0].status: expected an HTTP status from 200 to 599, got 99");
    }

    @Test
    void aMisspeltRouteKeyIsAnError() {
        ScenarioError e = errorOf("/*---", "routes:", "  - url: https://a.example/", "    bdy: x", "---*/");

        assertThat(e.getMessage())
                .isEqualTo("dashboard.js:4: routes[0].bdy: unknown key (known here: url, method, status, headers, body,"
                        + " latency, fail)");
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLine() {
        ScenarioError e = errorOf("/*---", "description: x", "sede: 7", "---*/");

        assertThat(e.getMessage())
                .isEqualTo(
                        "dashboard.js:3: sede: unknown key (known here: description, flags, seed, latency, routes, files, expect,"
                                + " invariants, pinned)");
    }

    @Test
    void anUnknownNestedKeyNamesItsPath() {
        ScenarioError e =
                errorOf("/*---", "expect:", "  timings:", "    - line: a", "      at: 1", "      af: 2", "---*/");

        assertThat(e.getMessage())
                .isEqualTo("dashboard.js:6: expect.timings[0].af: unknown key (known here: line, at)");
    }

    @Test
    void aValueOfTheWrongTypeIsAnErrorAtItsKey() {
        ScenarioError e = errorOf("/*---", "seed: seven", "---*/");

        assertThat(e.getMessage()).isEqualTo("dashboard.js:2: seed: expected an integer, got 'seven'");
    }

    @Test
    void aTimingWithoutAtIsAnErrorAtItsItem() {
        ScenarioError e = errorOf("/*---", "expect:", "  timings:", "    - line: a", "---*/");

        assertThat(e.getMessage()).isEqualTo("dashboard.js:4: expect.timings[0]: missing key 'at'");
    }

    @Test
    void aTimingRangeMustHaveTwoOrderedBounds() {
        assertThat(errorOf("/*---", "expect:", "  timings:", "    - line: a", "      at: [5]", "---*/")
                        .getMessage())
                .isEqualTo("dashboard.js:5: expect.timings[0].at: expected a virtual time in ms or [min, max], got a"
                        + " list of 1");
        assertThat(errorOf("/*---", "expect:", "  timings:", "    - line: a", "      at: [9, 5]", "---*/")
                        .getMessage())
                .isEqualTo(
                        "dashboard.js:5: expect.timings[0].at: expected [min, max] with 0 <= min <= max, got [9, 5]");
    }

    @Test
    void aFlagTheHostDoesNotSimulateIsAnErrorAtItsItem() {
        ScenarioError e = errorOf("/*---", "flags:", "  - --unhandled-rejections=warn", "  - --no-warnings", "---*/");

        assertThat(e.getMessage()).isEqualTo("dashboard.js:4: flags[1]: node flag not simulated: --no-warnings");
    }

    @Test
    void flagsMustBeAList() {
        ScenarioError e = errorOf("/*---", "flags: --unhandled-rejections=warn", "---*/");

        assertThat(e.getMessage())
                .isEqualTo("dashboard.js:2: flags: expected a list of node flags, got '--unhandled-rejections=warn'");
    }

    @Test
    void aDuplicateKeyIsAnError() {
        ScenarioError e = errorOf("/*---", "seed: 1", "seed: 2", "---*/");

        assertThat(e.getMessage()).isEqualTo("dashboard.js:3: seed: duplicate key");
    }

    @Test
    void invalidYamlIsAnErrorAtTheLineTheParserStopped() {
        ScenarioError e = errorOf("// header", "/*---", "description: a", "  seed: : 7", "---*/");

        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("dashboard.js:4: the front-matter is not valid YAML: ");
    }

    @Test
    void frontMatterThatIsNotAMappingIsAnError() {
        ScenarioError e = errorOf("/*---", "- a", "- b", "---*/");

        assertThat(e.getMessage())
                .isEqualTo(
                        "dashboard.js:2: expected a mapping of keys such as description, flags and seed, got a list");
    }

    @Test
    void anUnclosedFrontMatterIsAnErrorAtItsOpening() {
        ScenarioError e = errorOf("console.log(1);", "/*---", "seed: 1");

        assertThat(e.getMessage()).isEqualTo("dashboard.js:2: the front-matter opened here has no closing ---*/");
    }

    @Test
    void aBadFlagsFirstLineIsAnErrorAtLineOne() {
        ScenarioError e = errorOf("// flags: --inspect", "console.log(1);");

        assertThat(e.getMessage()).isEqualTo("dashboard.js:1: // flags: node flag not simulated: --inspect");
    }

    @Test
    void invariantsAreReadInOrderWithTheirLines() {
        Scenario scenario = read(
                "/*---",
                "invariants:",
                "  - exit: 3",
                "  - prints: counter 2",
                "  - never-prints: lost",
                "  - order: [a done, b done]",
                "---*/");

        assertThat(scenario.invariants())
                .containsExactly(
                        new ScenarioInvariant.Exit(3, 3),
                        new ScenarioInvariant.Prints("counter 2", 4),
                        new ScenarioInvariant.NeverPrints("lost", 5),
                        new ScenarioInvariant.Order(java.util.List.of("a done", "b done"), 6));
        assertThat(scenario.invariants())
                .extracting(ScenarioInvariant::name)
                .containsExactly("exit 3", "prints counter 2", "never-prints lost", "order [a done, b done]");
    }

    @Test
    void anInvariantOfUnknownKindIsAnErrorAtItsKey() {
        ScenarioError e = errorOf("/*---", "invariants:", "  - printz: x", "---*/");

        assertThat(e.getMessage())
                .isEqualTo("dashboard.js:3: invariants[0].printz: unknown key (known here: exit, prints, never-prints,"
                        + " order)");
    }

    @Test
    void anInvariantItemHoldsOneInvariant() {
        assertThat(errorOf("/*---", "invariants:", "  - prints: a", "    never-prints: b", "---*/")
                        .getMessage())
                .isEqualTo("dashboard.js:3: invariants[0]: expected one invariant per item, got 2 keys");
        assertThat(errorOf("/*---", "invariants:", "  - prints a", "---*/").getMessage())
                .isEqualTo("dashboard.js:3: invariants[0]: expected an invariant: exit, prints, never-prints or order"
                        + " with its value, got 'prints a'");
    }

    @Test
    void anInvariantValueOfTheWrongShapeIsAnErrorAtItsKey() {
        assertThat(errorOf("/*---", "invariants:", "  - exit: 256", "---*/").getMessage())
                .isEqualTo("dashboard.js:3: invariants[0].exit: expected an exit code from 0 to 255, got 256");
        assertThat(errorOf("/*---", "invariants:", "  - order: [a]", "---*/").getMessage())
                .isEqualTo("dashboard.js:3: invariants[0].order: expected at least two lines in order, got 1");
        assertThat(errorOf("/*---", "invariants:", "  - prints:", "---*/").getMessage())
                .isEqualTo("dashboard.js:3: invariants[0].prints: expected the printed line, got nothing");
        assertThat(errorOf("/*---", "invariants:", "  - exit: 0", "  - exit: 1", "---*/")
                        .getMessage())
                .isEqualTo("dashboard.js:4: invariants[1]: a second exit: a run has one exit code");
    }

    @Test
    void anOrderWithARepeatedLineIsAnErrorAtTheRepeatBecauseItCouldNeverHold() {
        assertThat(errorOf("/*---", "invariants:", "  - order:", "      - a", "      - b", "      - a", "---*/")
                        .getMessage())
                .isEqualTo("dashboard.js:6: invariants[0].order[2]: 'a' is already in the order, which compares"
                        + " where each line first appears: a repeated line can never hold");
        assertThat(errorOf("/*---", "invariants:", "  - order: [a, b, a]", "---*/")
                        .getMessage())
                .startsWith("dashboard.js:3: invariants[0].order[2]: 'a' is already in the order");
    }

    @Test
    void pinnedAnswersAreReadByKey() {
        Scenario scenario = read(
                "/*---",
                "pinned:",
                "  - latency:https://api.example.com/*@1 = 21 ms",
                "  - io-same-ms@1 = 1st",
                "  - fail:data/a.json@2 = fails",
                "---*/");

        assertThat(scenario.pinned())
                .containsExactly(
                        new PinnedChoice("latency:https://api.example.com/*@1", "21 ms", 3),
                        new PinnedChoice("io-same-ms@1", "1st", 4),
                        new PinnedChoice("fail:data/a.json@2", "fails", 5));
    }

    @Test
    void aPinnedEntryNeedsAKeyWithAnOccurrenceAndAnAnswer() {
        assertThat(errorOf("/*---", "pinned:", "  - io-same-ms@1 2nd", "---*/").getMessage())
                .isEqualTo("dashboard.js:3: pinned[0]: expected NAME@N = ANSWER such as 'io-same-ms@1 = 2nd', got"
                        + " 'io-same-ms@1 2nd'");
        assertThat(errorOf("/*---", "pinned:", "  - io-same-ms = 2nd", "---*/").getMessage())
                .isEqualTo("dashboard.js:3: pinned[0]: 'io-same-ms' is not a decision's key: expected NAME@N with N"
                        + " from 1, such as io-same-ms@1");
        assertThat(errorOf("/*---", "pinned:", "  - io-same-ms@1 = 2nd", "  - io-same-ms@1 = 1st", "---*/")
                        .getMessage())
                .isEqualTo("dashboard.js:4: pinned[1]: 'io-same-ms@1' is pinned twice");
    }
}
