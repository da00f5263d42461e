package dev.loopsim.properties.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.explore.Exploration;
import dev.loopsim.properties.explore.Explorer;
import dev.loopsim.properties.explore.Invariant;
import dev.loopsim.properties.junit.Loopsim;
import dev.loopsim.properties.run.Decision;
import dev.loopsim.properties.run.LargeStack;
import dev.loopsim.properties.run.Run;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class GeneratedProgramsTest {

    private final GeneratedPrograms programs =
            new GeneratedPrograms(new ProgramGenerator(ProgramGenerator.Profile.everything()), "/app/generated.js");

    @Test
    void oneChoiceSequenceIsAProgramAndItsScheduleTogether() {
        Exploration exploration = new Explorer(
                        programs,
                        Invariant.exitsZero(),
                        Explorer.Settings.defaults().withRuns(300).withSeed(11).withJobs(2))
                .explore(Explorer.Progress.NONE);

        Exploration.Counterexample counterexample = exploration.counterexample().orElseThrow();
        Run minimal = counterexample.minimalRun();
        assertThat(minimal.choices().getFirst().decision()).isInstanceOf(Decision.Generated.class);
        assertThat(minimal.exitCode()).isNotZero();
        // The same sequence makes the same program and the same run.
        GeneratedProgram program = LargeStack.call("gen", () -> programs.program(counterexample.minimal().stream()));
        Run again = programs.run(counterexample.minimal());
        assertThat(again.stdout()).isEqualTo(minimal.stdout());
        assertThat(again.exitCode()).isEqualTo(minimal.exitCode());
        // Shrinking the sequence shrank the program: the minimal one is no longer than the one found first.
        GeneratedProgram found = LargeStack.call("gen", () -> programs.program(counterexample.found().stream()));
        assertThat(program.text().length()).isLessThanOrEqualTo(found.text().length());
        // Every failure of this profile is an unhandled rejection; the smallest program that has one is
        // one statement (from 88 draws for seed 11: measured when this test was written).
        assertThat(program.text().strip().lines()).as(program.text()).hasSize(1);
        assertThat(program.text()).contains("reject");
    }

    @Test
    void aJUnitPropertyOverGeneratedProgramsEndsItsMessageWithTheMinimalProgram() {
        AssertionFailedError failure = catchThrowableOfType(
                AssertionFailedError.class,
                () -> Loopsim.explore(programs).runs(300).seed(11).jobs(2).check(Invariant.exitsZero()));

        String program = LargeStack.call(
                "gen", () -> programs.program(ChoiceSequence.parse(minimalSequence(failure.getMessage())).stream())
                        .text());
        assertThat(failure.getMessage())
                .contains("property failed: /app/generated.js: exit code 1")
                .endsWith("\n  the minimal program:\n    " + program.strip());
    }

    private static String minimalSequence(String message) {
        Matcher m = Pattern.compile("minimal choice sequence: (\\[[^\\]]*\\])").matcher(message);
        assertThat(m.find()).as(message).isTrue();
        return m.group(1);
    }
}
