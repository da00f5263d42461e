package dev.loopsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrontMatterTextTest {
    private static final Path FILE = Path.of("race.js");

    private static final List<FrontMatterText.Entry> PIN = List.of(
            new FrontMatterText.Entry("description", FrontMatterText.block("saved\nby explore")),
            new FrontMatterText.Entry("pinned", FrontMatterText.list(List.of("io-same-ms@1 = 2nd"))));

    @Test
    void anEntryOfTheSameNameIsReplacedInPlaceAndTheRestKeptAsWritten() {
        String source = String.join(
                "\n",
                "// header",
                "/*---",
                "description: >",
                "  two lines",
                "  of text",
                "# the seed of every draw",
                "seed: 7",
                "expect:",
                "  timings:",
                "    - line: a",
                "      at: 5",
                "---*/",
                "console.log('a');",
                "");

        String edited = FrontMatterText.edit(FILE, source, PIN, Set.of("expect"));

        assertThat(edited)
                .isEqualTo(String.join(
                        "\n",
                        "// header",
                        "/*---",
                        "description: |-",
                        "  saved",
                        "  by explore",
                        "# the seed of every draw",
                        "seed: 7",
                        "pinned:",
                        "  - io-same-ms@1 = 2nd",
                        "---*/",
                        "console.log('a');",
                        ""));
        Scenario scenario = ScenarioReader.read(FILE, edited);
        assertThat(scenario.description()).isEqualTo("saved\nby explore");
        assertThat(scenario.seed()).isEqualTo(7);
        assertThat(scenario.timings()).isEmpty();
        assertThat(scenario.pinned()).containsExactly(new PinnedChoice("io-same-ms@1", "2nd", 9));
    }

    @Test
    void aScriptWithoutFrontMatterGetsOneAtItsTopKeepingItsFlagsLine() {
        String source = "// flags: --unhandled-rejections=warn\nPromise.reject(1);\n";

        String edited = FrontMatterText.edit(FILE, source, PIN, Set.of());

        assertThat(edited)
                .startsWith("/*---\nflags:\n  - --unhandled-rejections=warn\ndescription: |-\n")
                .endsWith("---*/\n" + source);
        assertThat(ScenarioReader.read(FILE, edited).flags()).containsExactly("--unhandled-rejections=warn");
    }

    @Test
    void aShebangLineStaysFirst() {
        String edited = FrontMatterText.edit(FILE, "#!/usr/bin/env node\nconsole.log(1);\n", PIN, Set.of());

        assertThat(edited).startsWith("#!/usr/bin/env node\n/*---\n").endsWith("---*/\nconsole.log(1);\n");
    }

    @Test
    void itemsThatWouldNotReadBackPlainAreQuotedAndNothingClosesTheFrontMatter() {
        List<String> items =
                List.of("latency:https://a.example/?q=1 #x@1 = 3 ms", "true", "42", "plain text", "a ---*/ b");
        String source = FrontMatterText.edit(
                FILE,
                "console.log(1);\n",
                List.of(
                        new FrontMatterText.Entry("description", FrontMatterText.block("ends ---*/ here")),
                        new FrontMatterText.Entry("flags", FrontMatterText.list(List.of()))),
                Set.of());
        assertThat(ScenarioReader.read(FILE, source).description()).isEqualTo("ends ---* here");

        assertThat(items.stream().map(FrontMatterText::scalar).toList())
                .containsExactly(
                        " \"latency:https://a.example/?q=1 #x@1 = 3 ms\"",
                        " \"true\"",
                        " \"42\"",
                        " plain text",
                        " \"a ---*\\/ b\"");
        String list = "/*---\ndescription:" + FrontMatterText.scalar("a ---*/ b") + "\n---*/\n";
        assertThat(ScenarioReader.read(FILE, list).description()).isEqualTo("a ---*/ b");
    }
}
