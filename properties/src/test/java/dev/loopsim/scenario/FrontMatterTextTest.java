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

    @Test
    void aOneLineFrontMatterIsExtendedWithTheCloseOnItsOwnLineAndNewKeysAtItsKeysColumn() {
        String source = "/*--- seed: 1 ---*/\nconsole.log(1);\n";

        String edited = FrontMatterText.edit(FILE, source, PIN, Set.of());

        assertThat(edited)
                .isEqualTo(String.join(
                        "\n",
                        "/*--- seed: 1 ",
                        " description: |-",
                        "   saved",
                        "   by explore",
                        " pinned:",
                        "   - io-same-ms@1 = 2nd",
                        "---*/",
                        "console.log(1);",
                        ""));
        Scenario scenario = ScenarioReader.read(FILE, edited);
        assertThat(scenario.seed()).isEqualTo(1);
        assertThat(scenario.description()).isEqualTo("saved\nby explore");
        assertThat(scenario.pinned()).extracting(PinnedChoice::toString).containsExactly("io-same-ms@1 = 2nd");
    }

    @Test
    void theLastKeysValueOnTheCloseLineIsPartOfItsEntry() {
        String source = "/*---\nseed: 3\ndescription: hi ---*/\nconsole.log(1);\n";

        String edited = FrontMatterText.edit(FILE, source, PIN, Set.of());

        assertThat(edited)
                .isEqualTo(String.join(
                        "\n",
                        "/*---",
                        "seed: 3",
                        "description: |-",
                        "  saved",
                        "  by explore",
                        "pinned:",
                        "  - io-same-ms@1 = 2nd",
                        "---*/",
                        "console.log(1);",
                        ""));
        assertThat(ScenarioReader.read(FILE, edited).description()).isEqualTo("saved\nby explore");
        String removed = FrontMatterText.edit(FILE, source, List.of(), Set.of("description"));
        assertThat(removed).isEqualTo("/*---\nseed: 3\n---*/\nconsole.log(1);\n");
    }

    @Test
    void anIndentedFrontMatterGetsItsNewKeysAtTheSameIndentation() {
        String source = "/*---\n  seed: 3\n  # the end\n  ---*/\n";

        String edited = FrontMatterText.edit(FILE, source, PIN, Set.of());

        assertThat(edited)
                .isEqualTo(String.join(
                        "\n",
                        "/*---",
                        "  seed: 3",
                        "  # the end",
                        "  description: |-",
                        "    saved",
                        "    by explore",
                        "  pinned:",
                        "    - io-same-ms@1 = 2nd",
                        "  ---*/",
                        ""));
        assertThat(ScenarioReader.read(FILE, edited).seed()).isEqualTo(3);
    }

    @Test
    void aBlockShowsControlCharactersAsTheirPicturesSoItAlwaysReadsBack() {
        String violation =
                "exit code 1: Error: \u001b[31mred \u0007\u001b[0m\r\tend\u007f \u0085\u009b\ud800\ufffe \ufeff\u2028.";

        String source = FrontMatterText.edit(
                FILE,
                "console.log(1);\n",
                List.of(new FrontMatterText.Entry("description", FrontMatterText.block(violation + "\nsecond line"))),
                Set.of());

        assertThat(ScenarioReader.read(FILE, source).description())
                .isEqualTo(
                        "exit code 1: Error: \u241b[31mred \u2407\u241b[0m\u240d\tend\u2421 \ufffd\ufffd\ufffd\ufffd \ufeff\u2028."
                                + "\nsecond line");
        for (char c = 0; c < 0x20; c++) {
            if (c != '\n') {
                String text = "a" + c + "b";
                String edited = FrontMatterText.edit(
                        FILE,
                        "console.log(1);\n",
                        List.of(new FrontMatterText.Entry("description", FrontMatterText.block(text))),
                        Set.of());
                assertThat(ScenarioReader.read(FILE, edited).description())
                        .as("U+%04X", (int) c)
                        .isEqualTo(c == '\t' ? text : "a" + (char) (0x2400 + c) + "b");
            }
        }
    }
}
