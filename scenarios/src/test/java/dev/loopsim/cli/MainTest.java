package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopsim.properties.run.LargeStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class MainTest {

    @Test
    void everyCommandHasHelp() {
        CommandLine root = Main.commandLine();
        assertThat(root.getSubcommands()).containsKeys("parse", "run");

        CliRun rootHelp = CliRun.of("--help");
        assertThat(rootHelp.out())
                .startsWith("Usage: loopsim")
                .contains("parse")
                .contains("run");
        assertThat(rootHelp.exitCode()).isZero();
        for (String name : root.getSubcommands().keySet()) {
            CliRun help = CliRun.of(name, "--help");
            assertThat(help.out()).as(name).startsWith("Usage: loopsim " + name);
            assertThat(help.exitCode()).as(name).isZero();
        }
    }

    @Test
    void versionPrintsProjectVersion() throws IOException {
        String version = projectVersionFromPom();

        CliRun run = CliRun.of("--version");

        assertThat(run.out()).startsWith("loopsim " + version + "\n").contains("Java ");
        assertThat(run.exitCode()).isZero();
        assertThat(CliRun.of("parse", "--version").out()).startsWith("loopsim " + version + "\n");
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.err()).contains("Missing required subcommand").contains("Usage: loopsim");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("parse", "--frobnicate", "x.js");

        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void unexpectedExceptionIsOneInternalErrorLineWithExitSeventy() {
        CommandLine commandLine = Main.commandLine().addSubcommand("explode", new Exploding());

        CliRun run = CliRun.of(commandLine, "explode");

        assertThat(run.err()).isEqualTo("loopsim: internal error: java.lang.IllegalStateException: boom\n");
        assertThat(run.exitCode()).isEqualTo(70);
    }

    @Test
    void anErrorOnTheParseThreadArrivesAsAnExceptionWithTheErrorAsCause() {
        assertThatThrownBy(() -> LargeStack.call("parse", () -> {
                    throw new StackOverflowError();
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(StackOverflowError.class);
        assertThat(Main.describe(new IllegalStateException("x", new StackOverflowError())))
                .isEqualTo("java.lang.IllegalStateException: x (caused by java.lang.StackOverflowError)");
    }

    @Test
    void theParseThreadHasRoomForDeepRecursion() {
        // Far deeper than the 8 MB stack the tests run with.
        assertThat(LargeStack.call("parse", () -> depth(1_000_000))).isEqualTo(1_000_000);
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Command(name = "explode")
    static final class Exploding implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("boom");
        }
    }

    /** The version the build filtered into the jar must be the one the POM declares. */
    private static String projectVersionFromPom() throws IOException {
        // Surefire runs in the module directory; the module inherits the parent's version.
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(parent.find()).as("parent version in scenarios/pom.xml").isTrue();
        return parent.group(1).strip();
    }
}
