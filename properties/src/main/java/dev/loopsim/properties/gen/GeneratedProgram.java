package dev.loopsim.properties.gen;

import dev.loopsim.js.syntax.Node;
import dev.loopsim.properties.explore.ChoiceSequence;
import dev.loopsim.properties.run.Script;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A program a generator made: its AST, the JavaScript text printed from it (with the front-matter its
 * fake I/O needs), what the generator knows about each labelled step, and the draws that made it, which
 * replay it exactly ({@link Draws#replaying}).
 */
public record GeneratedProgram(
        Node.Program ast,
        String frontMatter,
        String text,
        List<Step> steps,
        List<Step.Segment> segments,
        ChoiceSequence draws) {

    public GeneratedProgram {
        steps = List.copyOf(steps);
        segments = List.copyOf(segments);
    }

    /** The program as a script loopsim runs from memory, named {@code fileName}. */
    public Script script(String fileName) {
        return Script.of(fileName, text);
    }

    /** Every step by its label. */
    public Map<String, Step> stepsByLabel() {
        return steps.stream().collect(Collectors.toMap(Step::label, Function.identity()));
    }

    /** The segment with this id. */
    public Optional<Step.Segment> segment(int id) {
        return segments.stream().filter(s -> s.id() == id).findFirst();
    }

    /** Whether the program uses fetch or fs (and so cannot run under plain node). */
    public boolean usesFakeIo() {
        return !frontMatter.isEmpty();
    }
}
