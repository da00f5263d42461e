package dev.loopsim.scenario;

import dev.loopsim.js.builtins.JsonBuiltins;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Edits a scenario's front-matter as text, keeping everything it does not touch byte for byte: sets
 * top-level keys (replacing an entry of that name, else adding it at the end of the block) and removes
 * others. A script without front-matter gets one at its top (after a {@code #!} line), carrying the
 * flags of its {@code // flags:} line, which a front-matter would otherwise replace.
 */
public final class FrontMatterText {
    private FrontMatterText() {}

    /** A top-level entry to write: {@code key} with its value, as {@link #scalar} and {@link #list} write them. */
    public record Entry(String key, String yamlValue) {}

    /**
     * {@code source} (the text of {@code file}, whose front-matter must be valid) with {@code set} written
     * and the keys {@code remove} gone.
     */
    public static String edit(Path file, String source, List<Entry> set, Set<String> remove) {
        String name = file.toString();
        Optional<FrontMatter> block = FrontMatter.find(name, source);
        if (block.isEmpty()) {
            StringBuilder added = new StringBuilder();
            for (Entry e : set) {
                added.append(line(e)).append('\n');
            }
            Scenario scenario = ScenarioReader.read(file, source);
            if (!scenario.flags().isEmpty()) {
                added.insert(0, "flags:" + list(scenario.flags()) + "\n");
            }
            String frontMatter = FrontMatter.OPEN + "\n" + added + FrontMatter.CLOSE + "\n";
            if (source.startsWith("#!")) {
                int end = source.indexOf('\n');
                return end < 0
                        ? source + "\n" + frontMatter
                        : source.substring(0, end + 1) + frontMatter + source.substring(end + 1);
            }
            return frontMatter + source;
        }
        FrontMatter frontMatter = block.get();
        String yaml = frontMatter.yaml();
        // Line 0 is what follows /*--- on its line, the last line what precedes ---*/ on its line.
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        Mapping mapping = topLevelSpans(name, yaml, lines);
        Map<String, Entry> toSet = new LinkedHashMap<>();
        set.forEach(e -> toSet.put(e.key(), e));
        List<Map.Entry<String, int[]>> edits = new ArrayList<>(mapping.spans().entrySet());
        edits.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
        for (Map.Entry<String, int[]> edit : edits) {
            int[] span = edit.getValue();
            Entry replacement = toSet.remove(edit.getKey());
            if (replacement != null || remove.contains(edit.getKey())) {
                lines.subList(span[0], span[1]).clear();
            }
            if (replacement != null) {
                // An entry set in place of one of its name stays where that one was written.
                lines.addAll(span[0], indented(replacement, mapping.column()));
            }
        }
        // ---*/ goes on a line of its own, after the added entries; the indentation before it stays.
        String close = lines.size() > 1 && lines.getLast().isBlank() ? lines.removeLast() : "";
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
        }
        toSet.values().forEach(e -> indented(e, mapping.column())
                .forEach(l -> out.append(l).append('\n')));
        out.append(close);
        int open = source.indexOf(FrontMatter.OPEN);
        int end = source.indexOf(FrontMatter.CLOSE, open + FrontMatter.OPEN.length());
        return source.substring(0, open + FrontMatter.OPEN.length()) + out + source.substring(end);
    }

    /** The lines of {@code e} with its key at {@code column}, where the mapping's other keys are. */
    private static List<String> indented(Entry e, int column) {
        String indent = " ".repeat(column);
        return List.of(line(e).split("\n")).stream()
                .map(l -> l.isEmpty() ? l : indent + l)
                .toList();
    }

    private static String line(Entry e) {
        return e.key() + ":" + e.yamlValue();
    }

    /** The top-level mapping's keys, each with its lines, and the column its keys are written at. */
    private record Mapping(Map<String, int[]> spans, int column) {}

    /**
     * Each top-level key's lines, {@code [from, to)}: from its key's line to the next key's, without the
     * blank and comment lines just before that next key (they belong to it). The last key's lines run to
     * the end of the YAML, the text before {@code ---*}{@code /} on its line included.
     */
    private static Mapping topLevelSpans(String name, String yaml, List<String> lines) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(name)
                .setSchema(new CoreSchema())
                .build();
        Node root = new Compose(settings).composeString(yaml).orElse(null);
        Map<String, int[]> spans = new LinkedHashMap<>();
        if (!(root instanceof MappingNode mapping)) {
            return new Mapping(spans, 0);
        }
        if (mapping.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW) {
            throw new IllegalArgumentException(name + ": a front-matter written as one {…} flow mapping cannot be"
                    + " extended; write it as one key per line");
        }
        List<NodeTuple> tuples = mapping.getValue();
        int column = tuples.isEmpty()
                ? 0
                : tuples.getFirst()
                        .getKeyNode()
                        .getStartMark()
                        .map(m -> m.getColumn())
                        .orElse(0);
        for (int i = 0; i < tuples.size(); i++) {
            if (!(tuples.get(i).getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            int from = FrontMatterValue.lineOf(key);
            int to = i + 1 < tuples.size()
                    ? FrontMatterValue.lineOf(tuples.get(i + 1).getKeyNode())
                    : lines.size();
            while (to > from + 1 && (lines.get(to - 1).isBlank() || isComment(lines.get(to - 1), column))) {
                to--;
            }
            spans.put(key.getValue(), new int[] {from, to});
        }
        return new Mapping(spans, column);
    }

    /** Whether {@code line} is a comment of the mapping at {@code column} (deeper, it may be a block's text). */
    private static boolean isComment(String line, int column) {
        String content = line.stripLeading();
        return content.startsWith("#") && line.length() - content.length() <= column;
    }

    /** A scalar as YAML writes it after {@code key:} — plain when that reads back the same, else quoted. */
    public static String scalar(String text) {
        return " " + item(text);
    }

    /** A block list of scalars, one {@code - item} per line. */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return " []";
        }
        StringBuilder out = new StringBuilder();
        for (String item : items) {
            out.append("\n  - ").append(item(item));
        }
        return out.toString();
    }

    /**
     * A literal block scalar ({@code |-}): each line of {@code text} as written, indented; it cannot close
     * the front-matter, so a {@code ---*}{@code /} in it loses its slash, and it cannot hold control
     * characters, so they show as their pictures ({@code ␛} for ESC, as in {@code \x1b[31m}).
     */
    public static String block(String text) {
        StringBuilder out = new StringBuilder(" |-");
        for (String line : visible(text).replace(FrontMatter.CLOSE, "---*").split("\n", -1)) {
            out.append('\n');
            if (!line.isBlank()) {
                out.append("  ").append(line.strip());
            }
        }
        return out.toString();
    }

    /**
     * {@code text} with what a YAML block scalar cannot hold as written shown instead: a C0 control
     * character other than a line feed or tab, and DEL, as its Control Pictures symbol (U+2400 + code,
     * U+2421); any other character YAML does not print (C1 controls, a lone surrogate, U+FFFE) as U+FFFD.
     */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\t') {
                out.appendCodePoint(c);
            } else if (c < 0x20) {
                out.appendCodePoint(0x2400 + c);
            } else if (c == 0x7f) {
                out.appendCodePoint(0x2421);
            } else if (c >= 0x80 && c < 0xa0 || c >= 0xd800 && c < 0xe000 || c == 0xfffe || c == 0xffff) {
                out.appendCodePoint(0xfffd);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String item(String text) {
        boolean plain = !text.isEmpty()
                && text.equals(text.strip())
                && ",[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0
                // -, ? and : start a plain scalar only when a non-space follows (--flag, -1).
                && ("-?:".indexOf(text.charAt(0)) < 0 || text.length() > 1 && text.charAt(1) != ' ')
                && !text.contains(": ")
                && !text.contains(" #")
                && !text.endsWith(":")
                && text.chars().allMatch(c -> c >= 0x20 && c != 0x7f)
                && !text.contains(FrontMatter.CLOSE)
                && plainReadsBack(text);
        if (plain) {
            return text;
        }
        StringBuilder quoted = new StringBuilder();
        JsonBuiltins.quoteJsonString(quoted, text);
        // YAML's double quotes read \/ as /, so the text keeps its ---*/ without closing the front-matter.
        return quoted.toString().replace(FrontMatter.CLOSE, "---*\\/");
    }

    /** Whether YAML reads {@code text}, written plain, as that same string (not a number, bool or null). */
    private static boolean plainReadsBack(String text) {
        LoadSettings settings =
                LoadSettings.builder().setSchema(new CoreSchema()).build();
        try {
            Node node = new Compose(settings).composeString("k: " + text).orElse(null);
            return node instanceof MappingNode m
                    && m.getValue().size() == 1
                    && m.getValue().getFirst().getValueNode() instanceof ScalarNode s
                    && s.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.STR)
                    && s.getValue().equals(text);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
