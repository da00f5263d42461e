package dev.loopsim.properties.junit;

import static dev.loopsim.properties.assertions.LoopsimAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopsim.properties.TestScripts;
import dev.loopsim.properties.assertions.CounterexampleMessage;
import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.Explorer;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.explore.SearchStrategy;
import dev.loopsim.properties.run.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class PropertyTest {
    private static final Property LOST_UPDATE =
            Loopsim.explore(TestScripts.LOST_UPDATE).runs(100).seed(7).jobs(2);

    @Test
    void aPropertyThatHoldsReturnsItsExploration() {
        Exploration exploration =
                Loopsim.explore(TestScripts.ORDER).runs(3).jobs(1).check(Invariant.exitsZero());

        assertThat(exploration.runs()).isEqualTo(3);
        assertThat(exploration.failed()).isFalse();
    }

    @Test
    void aFailingPropertyIsOneAssertionFailedErrorWithTheExplorersCounterexample() {
        Exploration direct = new Explorer(TestScripts.LOST_UPDATE, Invariant.exitsZero(), LOST_UPDATE.settings())
                .explore(Explorer.Progress.NONE);

        AssertionFailedError failure =
                catchThrowableOfType(AssertionFailedError.class, () -> LOST_UPDATE.check(Invariant.exitsZero()));

        assertThat(failure).hasMessage(CounterexampleMessage.of("/app/lost-update.js", direct));
        assertThat(failure.getMessage())
                .contains("strategy random, seed 7")
                .contains("\n  minimal choice sequence: "
                        + direct.counterexample().orElseThrow().minimal() + "\n")
                .contains("\n  replay: loopsim run /app/lost-update.js --replay ");
    }

    @Test
    void theJavaReplayLineOfTheMessageReproducesTheFailure() {
        String message = catchThrowableOfType(
                        AssertionFailedError.class, () -> LOST_UPDATE.check(Invariant.exitsZero()))
                .getMessage();
        Matcher java = Pattern.compile(
                        "script\\.run\\(ChoiceSequence\\.parse\\(\"(\\[[^\"]*\\])\"\\)\\.stream\\(\\), true\\)")
                .matcher(message);
        assertThat(java.find()).as(message).isTrue();

        Run replayed = TestScripts.LOST_UPDATE.run(ChoiceSequence.parse(java.group(1)).stream(), true);

        assertThat(replayed).exitedWith(1).printedToStderr("AssertionError");
        for (var choice : replayed.choices()) {
            assertThat(message).contains("\n    " + choice + "\n");
        }
    }

    @Test
    void anAssertionErrorInsideForAllIsTheViolationKeyedByTheTestLine() throws Exception {
        AssertionFailedError failure = catchThrowableOfType(
                AssertionFailedError.class,
                () -> LOST_UPDATE.forAll(run -> assertThat(run).printedLine("counter 2")));
        Exploration byExitCode = LOST_UPDATE.explore(Invariant.exitsZero());

        Matcher kind = Pattern.compile(
                        "^property failed: /app/lost-update.js: (assertion at PropertyTest.java:(\\d+))\n")
                .matcher(failure.getMessage());
        assertThat(kind.find()).as(failure.getMessage()).isTrue();
        assertThat(Files.readAllLines(Path.of("src/test/java/dev/loopsim/properties/junit/PropertyTest.java"))
                        .get(Integer.parseInt(kind.group(2)) - 1))
                .contains("assertThat(run).printedLine(\"counter 2\")");
        assertThat(failure.getMessage())
                .contains("\n  violation: " + kind.group(1)
                        + ": Expected the run to print the line 'counter 2', but it printed nothing\n")
                // the script crashes exactly when the counter is not 2: both shrink to the same run
                .contains("\n  minimal choice sequence: "
                        + byExitCode.counterexample().orElseThrow().minimal() + "\n");
    }

    @Test
    void aTraceAssertionInsideForAllFailsWithTheTimelineOfTheMinimalRun() {
        Property property =
                Loopsim.explore(TestScripts.TWO_REQUESTS).runs(50).seed(3).jobs(2);

        assertThatThrownBy(() -> property.forAll(run -> assertThat(run).ran("a").before("b")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("\n  violation: assertion at PropertyTest.java:")
                .hasMessageContaining(": Expected 'a' to run before 'b', but 'b' ran first:\n")
                .hasMessageContaining("\n      → ")
                .hasMessageContaining("console             stdout: b");
    }

    @Test
    void strategiesAreGivenByNameOrValueAndABadNameFailsWhereItIsWritten() {
        assertThat(LOST_UPDATE.strategy("pct:3").settings().strategy()).isEqualTo(new SearchStrategy.FewDeviations(3));
        assertThat(LOST_UPDATE.runs(40).strategy("exhaustive").settings().strategy())
                .isEqualTo(new SearchStrategy.Exhaustive(40));
        assertThat(LOST_UPDATE.strategy(new SearchStrategy.Swarm()).settings().strategy())
                .isEqualTo(new SearchStrategy.Swarm());
        assertThatThrownBy(() -> LOST_UPDATE.strategy("depth-first"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown strategy 'depth-first' (expected random, pct, pct:N, swarm or exhaustive)");
    }

    @Test
    void theMessageNamesTheStrategyThatFoundTheFailure() {
        assertThatThrownBy(() -> LOST_UPDATE.strategy("pct").check(Invariant.exitsZero()))
                .hasMessageContaining("\n  found by: strategy pct:2, seed 7: run ");
    }
}
