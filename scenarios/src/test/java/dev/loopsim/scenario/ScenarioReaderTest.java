package dev.loopsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    void anUnknownKeyIsAnErrorAtItsLine() {
        ScenarioError e = errorOf("/*---", "description: x", "sede: 7", "---*/");

        assertThat(e.getMessage())
                .isEqualTo("dashboard.js:3: sede: unknown key (known here: description, flags, seed, expect)");
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
}
