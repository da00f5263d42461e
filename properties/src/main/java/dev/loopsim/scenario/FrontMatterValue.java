package dev.loopsim.scenario;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One value of a scenario's front-matter with its place: its path among the keys and the file line of
 * the key (or list item) that holds it. Reading it as the wrong type is a {@link ScenarioError} there.
 */
record FrontMatterValue(Node node, String path, int line, String file, FrontMatter block) {

    ScenarioError error(String problem) {
        return new ScenarioError(file, line, path, problem);
    }

    boolean isScalar() {
        return node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL);
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    /** Any scalar as the text it was written as: {@code line: 42} expects the printed line "42". */
    String text(String expected) {
        if (!isScalar()) {
            throw error("expected " + expected + ", got " + described());
        }
        return ((ScalarNode) node).getValue();
    }

    /** A YAML integer. */
    long integer(String expected) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return JsonText.integer(s.getValue()).longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw error("expected " + expected + ", got " + described() + " (out of range)");
            }
        }
        throw error("expected " + expected + ", got " + described());
    }

    List<FrontMatterValue> list(String expected) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected " + expected + ", got " + described());
        }
        List<FrontMatterValue> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            int i = items.size();
            items.add(new FrontMatterValue(item, path + "[" + i + "]", block.fileLine(lineOf(item)), file, block));
        }
        return items;
    }

    FrontMatterMapping mapping(String expected) {
        return mapping(expected, false);
    }

    /** A mapping whose keys are data, such as file paths or header names. */
    FrontMatterMapping dataMapping(String expected) {
        return mapping(expected, true);
    }

    private FrontMatterMapping mapping(String expected, boolean dataKeys) {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected " + expected + ", got " + described());
        }
        return new FrontMatterMapping(mapping, this, dataKeys);
    }

    /** The text parsed by {@code parser}; its IllegalArgumentException becomes an error here. */
    <T> T parsed(String expected, java.util.function.Function<String, T> parser) {
        String text = text(expected);
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    /** What the value is, for messages: {@code 'fast'}, {@code a list}, {@code a mapping}, {@code nothing}. */
    String described() {
        return switch (node) {
            case ScalarNode s when s.getTag().equals(Tag.NULL) -> "nothing";
            case ScalarNode s -> "'" + s.getValue() + "'";
            case SequenceNode s -> "a list";
            case MappingNode m -> "a mapping";
            default -> "an unexpected YAML node";
        };
    }

    static int lineOf(Node node) {
        return node.getStartMark().map(m -> m.getLine()).orElse(0);
    }
}
