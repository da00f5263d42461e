package dev.loopsim.properties.gen;

import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.run.Choice;
import dev.loopsim.properties.run.ChoiceStream;
import dev.loopsim.properties.run.Decision;
import dev.loopsim.properties.run.LargeStack;
import dev.loopsim.properties.run.Run;
import dev.loopsim.properties.run.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generated programs as one subject for the explorer: a run first draws its program from the choice
 * stream ({@link Decision.Generated} decisions), then runs it, taking the schedule's decisions from the
 * rest of the same stream. A choice sequence is therefore a program and a schedule together, and
 * shrinking it makes the program smaller as well as the schedule more ordinary.
 */
public final class GeneratedPrograms implements Subject {
    private final ProgramGenerator generator;
    private final String fileName;

    /** Programs from {@code generator}, run as if from {@code fileName}. */
    public GeneratedPrograms(ProgramGenerator generator, String fileName) {
        this.generator = generator;
        this.fileName = fileName;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    /** The program the answers of {@code choices} make (the run's own decisions after it are not read). */
    public GeneratedProgram program(ChoiceStream choices) {
        return generate(choices, new ArrayList<>());
    }

    @Override
    public Optional<String> programText(ChoiceStream choices) {
        return Optional.of(program(choices).text());
    }

    /** The run of {@code sequence}'s program and schedule, on a large stack. */
    public Run run(ChoiceSequence sequence) {
        return LargeStack.call("run", () -> runHere(sequence.stream(), true));
    }

    @Override
    public Run runHere(ChoiceStream choices, boolean traced) {
        List<Choice> drawn = new ArrayList<>();
        GeneratedProgram program = generate(choices, drawn);
        Run run = program.script(fileName).runHere(choices, traced);
        List<Choice> all = new ArrayList<>(drawn);
        all.addAll(run.choices());
        return new Run(run.exitCode(), run.stdout(), run.stderr(), run.trace(), all, run.endless());
    }

    private GeneratedProgram generate(ChoiceStream choices, List<Choice> drawn) {
        return generator.generate(bound -> {
            Decision.Generated decision = new Decision.Generated(drawn.size() + 1, bound);
            int answer = Math.clamp(choices.next(decision), 0, bound - 1);
            drawn.add(new Choice(decision, answer));
            return answer;
        });
    }
}
