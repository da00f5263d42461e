package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.AstEquality;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private String write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }

    @Test
    void parsePrintsOkForAValidScript() throws IOException {
        String file = write("ok.js", "const x = 1;\nsetTimeout(() => console.log(x), 0);\n");

        CliRun run = CliRun.of("parse", file);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("ok\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void parsePrintsFileAndOkForEachOfSeveralFiles() throws IOException {
        String a = write("a.js", "1;\n");
        String b = write("b.js", "2;\n");

        CliRun run = CliRun.of("parse", a, b);

        assertThat(run.out()).isEqualTo(a + ": ok\n" + b + ": ok\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void parseReportsSyntaxErrorWithCaretAndExitsOne() throws IOException {
        String file = write("bad.js", "let a = 1;\nlet x = ;\n");

        CliRun run = CliRun.of("parse", file);

        assertThat(run.out()).isEmpty();
        assertThat(run.err().split("\n", -1))
                .containsExactly(file + ":2:9: SyntaxError: Unexpected token ';'", "let x = ;", "        ^", "");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void parseGoesOnAfterABadFileAndExitsOne() throws IOException {
        String bad = write("bad.js", "if (\n");
        String good = write("good.js", "1;\n");

        CliRun run = CliRun.of("parse", bad, good);

        assertThat(run.err()).startsWith(bad + ":");
        assertThat(run.out()).isEqualTo(good + ": ok\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void mjsFilesAreModulesAndOtherFilesScripts() throws IOException {
        String module = write("m.mjs", "export const x = await Promise.resolve(1);\n");
        String script = write("s.js", "export const x = 1;\n");

        assertThat(CliRun.of("parse", module).exitCode()).isZero();
        CliRun run = CliRun.of("parse", script);
        assertThat(run.err()).contains("SyntaxError");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void moduleAndScriptOptionsOverrideTheFileName() throws IOException {
        String script = write("s.js", "export const x = 1;\n");
        String module = write("m.mjs", "export const x = 1;\n");

        assertThat(CliRun.of("parse", "--module", script).exitCode()).isZero();
        assertThat(CliRun.of("parse", "--script", module).exitCode()).isEqualTo(1);
    }

    @Test
    void moduleAndScriptTogetherAreAUsageError() throws IOException {
        String file = write("s.js", "1;\n");

        CliRun run = CliRun.of("parse", "--module", "--script", file);

        assertThat(run.err()).contains("mutually exclusive");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void printPrintsJavaScriptThatParsesBackToTheSameTree() throws IOException {
        String text = "async function f(a, ...rest) { for (const x of rest) { await x; } return a ?? 0; }\n"
                + "const o = { k: [1, , 3], [f.name]: `t${1 + 2}` };\n";
        String file = write("p.js", text);

        CliRun run = CliRun.of("parse", "--print", file);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("\n").doesNotContain("ok\n");
        var original = Parser.parseScript(new Source("p.js", text));
        var reparsed = Parser.parseScript(new Source("printed.js", run.out()));
        assertThat(AstEquality.firstDifference(original, reparsed)).isNull();
    }

    @Test
    void printOfSeveralFilesPutsEachFileNameInAComment() throws IOException {
        String a = write("a.js", "1;\n");
        String b = write("b.js", "2;\n");

        CliRun run = CliRun.of("parse", "--print", a, b);

        assertThat(run.out()).startsWith("// " + a + "\n").contains("\n// " + b + "\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void malformedUtf8IsReplacedNotFatal() throws IOException {
        byte[] bytes = {'"', (byte) 0xff, (byte) 0xfe, 'a', '"', ';', '\n', '/', '/', ' ', (byte) 0xc3, '\n'};
        String file = write("latin1.js", bytes);

        CliRun run = CliRun.of("parse", file);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("ok\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aLeadingByteOrderMarkIsNotPartOfTheText() throws IOException {
        String file = write("bom.js", "\uFEFFlet x = ;\n");

        CliRun run = CliRun.of("parse", file);

        assertThat(run.err()).startsWith(file + ":1:9: SyntaxError: ");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void missingFileIsAnErrorNotAStackTrace() {
        String file = dir.resolve("absent.js").toString();

        CliRun run = CliRun.of("parse", file);

        assertThat(run.err()).isEqualTo("loopsim: cannot read " + file + ": no such file\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void directoryIsAnErrorNotAStackTrace() {
        CliRun run = CliRun.of("parse", dir.toString());

        assertThat(run.err()).isEqualTo("loopsim: cannot read " + dir + ": is a directory\n");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void deeplyNestedInputNeverOverflowsTheStack() throws IOException {
        int depth = 100_000;
        String file = write("deep.js", "(".repeat(depth) + "1" + ")".repeat(depth) + ";\n");

        CliRun run = CliRun.of("parse", file);

        // Either the parser copes or it reports its own nesting limit as a SyntaxError; never a crash.
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("StackOverflowError");
        assertThat(run.exitCode()).isIn(0, 1);
    }

    @Test
    void parseWithoutFilesIsAUsageError() {
        CliRun run = CliRun.of("parse");

        assertThat(run.err()).contains("Missing required parameter").contains("Usage: loopsim parse");
        assertThat(run.exitCode()).isEqualTo(2);
    }
}
