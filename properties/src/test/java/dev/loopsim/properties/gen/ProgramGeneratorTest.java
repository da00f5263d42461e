package dev.loopsim.properties.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.AstEquality;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.properties.explore.ChoiceSequence;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProgramGeneratorTest {
    static final ProgramGenerator EVERYTHING = new ProgramGenerator(ProgramGenerator.Profile.everything());

    @Test
    void theEmptyDrawSequenceIsTheEmptyProgram() {
        GeneratedProgram program = EVERYTHING.generate(Draws.replaying(ChoiceSequence.of()));

        assertThat(program.text()).isEmpty();
        assertThat(program.steps()).isEmpty();
    }

    @Test
    void replayingTheRecordedDrawsGivesTheSameProgram() {
        for (long seed = 0; seed < 50; seed++) {
            GeneratedProgram program = EVERYTHING.generate(Draws.random(seed));

            assertThat(EVERYTHING.generate(Draws.replaying(program.draws())).text())
                    .isEqualTo(program.text());
        }
    }

    @Test
    void everyStepPrintsItsOwnLabelAndTheTextParsesBackToTheGeneratedTree() {
        for (long seed = 0; seed < 200; seed++) {
            GeneratedProgram program = EVERYTHING.generate(Draws.random(seed));
            Set<String> printed = new HashSet<>();
            Matcher m = Pattern.compile("console\\.log\\('(t\\d+)'").matcher(program.text());
            while (m.find()) {
                assertThat(printed.add(m.group(1)))
                        .as("label %s printed twice", m.group(1))
                        .isTrue();
            }

            assertThat(printed)
                    .containsExactlyInAnyOrderElementsOf(
                            program.steps().stream().map(Step::label).toList());
            var parsed = Parser.parseScript(new Source("gen.js", program.text()));
            assertThat(AstEquality.firstDifference(program.ast(), parsed)).isNull();
        }
    }

    @Test
    void programsMeantForNodeUseNoFakeIoAndFakeIoProgramsDeclareTheirRoutesAndFiles() {
        ProgramGenerator forNode = new ProgramGenerator(ProgramGenerator.Profile.forNode());
        int withIo = 0;
        for (long seed = 0; seed < 200; seed++) {
            assertThat(forNode.generate(Draws.random(seed)).usesFakeIo()).isFalse();
            GeneratedProgram program = EVERYTHING.generate(Draws.random(seed));
            if (program.text().contains("fetch(") || program.text().contains("readFile(")) {
                assertThat(program.frontMatter()).startsWith("/*---\n").endsWith("---*/\n");
                withIo++;
            }
        }
        assertThat(withIo).isPositive();
    }
}
