package dev.loopsim.properties.assertions;

import static dev.loopsim.properties.assertions.LoopsimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.run.ChoiceStream;
import dev.loopsim.properties.run.Run;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.TraceFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceAssertTest {
    private static final Run ORDER = TestScripts.ORDER.run();
    private static final Run CRASH = TestScripts.CRASH.run();

    private static TraceEvent printing(Run run, String line) {
        return run.trace().stream()
                .filter(e -> e.kind() == TraceEvent.Kind.CONSOLE && e.detail().equals("stdout: " + line))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void stepsAreTheLinesTheyPrintInTheOrderNodeRunsThem() {
        assertThat(ORDER).ran("tick").before("microtask").after("sync");
        assertThat(ORDER.trace()).ran("timeout 0").after("microtask").before("timeout 150");
        assertThat(ORDER.trace()).ranInOrder("sync", "tick", "microtask", "timeout 0", "timeout 150");
    }

    @Test
    void aStepRunsAtTheVirtualMillisecondItsTimerIsDue() {
        assertThat(ORDER)
                .ran("timeout 150")
                .at(150)
                .ran("sync")
                .at(0)
                .ran("timeout 0")
                .between(1, 2);
    }

    @Test
    void beforeFailsShowingTheTimelineAroundBothSteps() {
        TraceEvent early = printing(ORDER, "timeout 0");
        TraceEvent late = printing(ORDER, "timeout 150");

        assertThatThrownBy(() -> assertThat(ORDER).ran("timeout 150").before("timeout 0"))
                .hasMessageStartingWith(
                        "Expected 'timeout 150' to run before 'timeout 0', but 'timeout 0' ran first:\n")
                .hasMessageContaining("\n  → " + TraceFormat.timelineLine(early) + "\n")
                .hasMessageContaining("\n  → " + TraceFormat.timelineLine(late));
    }

    @Test
    void anExcerptOfDistantStepsShowsContextAroundEachAndElidesTheRest() {
        Run run = TestScripts.ORDER.run();
        String message = catchMessage(() -> assertThat(run).ran("timeout 150").before("sync"));
        List<String> lines = message.lines().skip(1).toList();

        int sync = run.trace().indexOf(printing(run, "sync"));
        int late = run.trace().indexOf(printing(run, "timeout 150"));
        int context = TraceExcerpt.CONTEXT;
        if (late - sync > TraceExcerpt.SPAN) {
            assertThat(lines).contains("      …");
        }
        assertThat(lines)
                .contains("    " + TraceFormat.timelineLine(run.trace().get(Math.max(0, sync - context))))
                .contains("    " + TraceFormat.timelineLine(run.trace().get(late - context)))
                .allMatch(l -> l.startsWith("    ") || l.startsWith("  → ") || l.equals("      …"));
    }

    @Test
    void atFailsWithTheVirtualTimeTheStepRanAt() {
        TraceEvent late = printing(ORDER, "timeout 150");

        assertThatThrownBy(() -> assertThat(ORDER).ran("timeout 150").at(100))
                .hasMessageStartingWith(
                        "Expected 'timeout 150' to run at 100 ms, but it ran at " + late.time() + " ms:\n")
                .hasMessageContaining("  → " + TraceFormat.timelineLine(late));
        assertThatThrownBy(() -> assertThat(ORDER).ran("timeout 150").between(0, 149))
                .hasMessageStartingWith("Expected 'timeout 150' to run between 0 and 149 ms, but it ran at ");
    }

    @Test
    void aStepThatNeverRanFailsListingWhatThRunPrinted() {
        assertThatThrownBy(() -> assertThat(CRASH).ran("never"))
                .hasMessage("Expected a step printing 'never', but no console line of the run is 'never';"
                        + " it printed 'before'");
        assertThatThrownBy(() -> assertThat(CRASH).ran("before").before("never"))
                .hasMessageStartingWith(
                        "Expected 'before' to run before 'never', but 'never' never ran; the run printed 'before':\n");
    }

    @Test
    void nothingRunsAfterACrash() {
        assertThat(CRASH.trace()).ranNothingAfter("before").hasEvent(TraceEvent.Kind.UNCAUGHT_EXCEPTION);

        assertThatThrownBy(() -> assertThat(ORDER.trace()).ranNothingAfter("microtask"))
                .hasMessageStartingWith(
                        "Expected nothing to run after 'microtask', but 'timeout 0' was printed after it:\n")
                .hasMessageContaining("  → " + TraceFormat.timelineLine(printing(ORDER, "timeout 0")));
    }

    @Test
    void hasEventAndHasNoEventNameTheKindAndShowTheEvent() {
        TraceEvent crash = CRASH.trace().stream()
                .filter(e -> e.kind() == TraceEvent.Kind.UNCAUGHT_EXCEPTION)
                .findFirst()
                .orElseThrow();

        assertThat(ORDER.trace())
                .hasEvent(TraceEvent.Kind.TIMER_FIRED, TraceEvent.Kind.TICK_RUN)
                .hasNoEvent(TraceEvent.Kind.UNCAUGHT_EXCEPTION);
        assertThatThrownBy(() -> assertThat(ORDER.trace()).hasEvent(TraceEvent.Kind.UNCAUGHT_EXCEPTION))
                .hasMessageStartingWith("Expected the trace to have a uncaught-exception event, but it has none;"
                        + " its events are [macrotask-start, ");
        assertThatThrownBy(() -> assertThat(CRASH.trace()).hasNoEvent(TraceEvent.Kind.UNCAUGHT_EXCEPTION))
                .hasMessageStartingWith("Expected no uncaught-exception event, but the trace has one:\n")
                .hasMessageContaining("  → " + TraceFormat.timelineLine(crash));
    }

    @Test
    void anUntracedRunSaysHowToTraceIt() {
        Run untraced = TestScripts.ORDER.run(ChoiceStream.DEFAULTS, false);

        assertThatThrownBy(() -> assertThat(untraced).ran("sync"))
                .hasMessage("Expected a trace, but it is empty: was the run traced? (script.run(choices, true),"
                        + " or script.run())");
    }

    private static String catchMessage(Runnable assertion) {
        try {
            assertion.run();
        } catch (AssertionError e) {
            return e.getMessage();
        }
        throw new AssertionError("the assertion passed");
    }
}
