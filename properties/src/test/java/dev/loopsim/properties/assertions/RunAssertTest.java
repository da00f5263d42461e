package dev.loopsim.properties.assertions;

import static dev.loopsim.properties.assertions.LoopsimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.run.Run;
import org.junit.jupiter.api.Test;

class RunAssertTest {
    private static final Run ORDER = TestScripts.ORDER.run();
    private static final Run CRASH = TestScripts.CRASH.run();

    @Test
    void printedHoldsForExactlyTheLinesNodePrintsInItsOrder() {
        assertThat(ORDER)
                .printed("sync", "tick", "microtask", "timeout 0", "timeout 150")
                .exitedWith(0)
                .printedNothingToStderr();
    }

    @Test
    void printedFailsShowingBothListsAndTheFirstLineThatDiffers() {
        assertThatThrownBy(() -> assertThat(ORDER).printed("sync", "microtask", "tick", "timeout 0", "timeout 150"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected the run to print
                          | sync
                          | microtask
                          | tick
                          | timeout 0
                          | timeout 150
                        but it printed
                          | sync
                          | tick
                          | microtask
                          | timeout 0
                          | timeout 150
                        (line 2 is 'tick', expected 'microtask'; exit code 0)""");
    }

    @Test
    void printedSaysWhichLineIsMissingOrOneTooMany() {
        assertThatThrownBy(() -> assertThat(CRASH).printed("before", "never"))
                .hasMessageContaining("(line 2 'never' is missing; exit code 1)")
                .hasMessageContaining("stderr:\n  | /app/crash.js:2")
                .hasMessageContaining("  | Error: boom");
        assertThatThrownBy(() -> assertThat(CRASH).printed())
                .hasMessageContaining("(line 1 'before' is one too many; exit code 1)");
    }

    @Test
    void exitedWithFailsShowingNodesErrorReportAndStdout() {
        assertThatThrownBy(() -> assertThat(CRASH).exitedWith(0))
                .hasMessageStartingWith(
                        "Expected exit code 0, but the run exited with 1\nstderr:\n  | /app/crash.js:2\n")
                .hasMessageContaining("  | Error: boom\n")
                .hasMessageEndingWith("stdout:\n  | before");
    }

    @Test
    void printedLineAndNeverPrintedLookAtWholeStdoutLines() {
        assertThat(CRASH).printedLine("before").neverPrinted("never").neverPrinted("befor");

        assertThatThrownBy(() -> assertThat(CRASH).printedLine("never"))
                .hasMessage("Expected the run to print the line 'never', but it printed\n  | before\n(exit code 1)\n"
                        + "stderr:" + RunAssert.block(CRASH.stderr().lines().toList()));
        assertThatThrownBy(() -> assertThat(ORDER).neverPrinted("tick"))
                .hasMessageStartingWith(
                        "Expected the run never to print 'tick', but line 2 is; it printed\n  | sync\n");
    }

    @Test
    void printedToStderrLooksForTextInNodesReport() {
        assertThat(CRASH).printedToStderr("Error: boom");

        assertThatThrownBy(() -> assertThat(ORDER).printedToStderr("Error"))
                .hasMessage("Expected stderr to contain 'Error', but the run printed nothing to stderr");
        assertThatThrownBy(() -> assertThat(CRASH).printedNothingToStderr())
                .hasMessageStartingWith("Expected nothing on stderr, but the run printed\n  | /app/crash.js:2\n");
    }

    @Test
    void aDescriptionGoesBeforeTheMessageAsAssertJPutsIt() {
        assertThatThrownBy(() -> assertThat(ORDER).as("order.js").exitedWith(3))
                .hasMessageStartingWith("[order.js] Expected exit code 3, but the run exited with 0");
    }
}
