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
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        Map<String, int[]> spans = topLevelSpans(name, yaml, lines);
        Map<String, Entry> toSet = new LinkedHashMap<>();
        set.forEach(e -> toSet.put(e.key(), e));
        List<Map.Entry<String, int[]>> edits = new ArrayList<>(spans.entrySet());
        edits.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
        for (Map.Entry<String, int[]> edit : edits) {
            int[] span = edit.getValue();
            Entry replacement = toSet.remove(edit.getKey());
            if (replacement != null || remove.contains(edit.getKey())) {
                lines.subList(span[0], span[1]).clear();
            }
            if (replacement != null) {
                // An entry set in place of one of its name stays where that one was written.
                lines.addAll(span[0], List.of(line(replacement).split("\n")));
            }
        }
        // The YAML ends where ---*/ starts: its last "line" is what precedes the close on that line.
        String tail = lines.removeLast();
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line).append('\n');
        }
        if (!tail.isBlank()) {
            out.append(tail).append('\n');
            tail = "";
        }
        toSet.values().forEach(e -> out.append(line(e)).append('\n'));
        out.append(tail);
        int open = source.indexOf(FrontMatter.OPEN);
        int close = source.indexOf(FrontMatter.CLOSE, open + FrontMatter.OPEN.length());
        return source.substring(0, open + FrontMatter.OPEN.length()) + out + source.substring(close);
    }

    private static String line(Entry e) {
        return e.key() + ":" + e.yamlValue();
    }

    /**
     * Each top-level key's lines, {@code [from, to)}: from its key's line to the next key's, without the
     * blank and comment lines just before that next key (they belong to it).
     */
    private static Map<String, int[]> topLevelSpans(String name, String yaml, List<String> lines) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(name)
                .setSchema(new CoreSchema())
                .build();
        Node root = new Compose(settings).composeString(yaml).orElse(null);
        Map<String, int[]> spans = new LinkedHashMap<>();
        if (!(root instanceof MappingNode mapping)) {
            return spans;
        }
        if (mapping.getFlowStyle() == org.snakeyaml.engine.v2.common.FlowStyle.FLOW) {
            throw new IllegalArgumentException(name + ": a front-matter written as one {…} flow mapping cannot be"
                    + " extended; write it as one key per line");
        }
        List<NodeTuple> tuples = mapping.getValue();
        int lastLine = lines.size() - 1; // the line of ---*/, which is never cut
        for (int i = 0; i < tuples.size(); i++) {
            if (!(tuples.get(i).getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            int from = FrontMatterValue.lineOf(key);
            int to = i + 1 < tuples.size()
                    ? FrontMatterValue.lineOf(tuples.get(i + 1).getKeyNode())
                    : lastLine;
            while (to > from + 1
                    && (lines.get(to - 1).isBlank() || lines.get(to - 1).startsWith("#"))) {
                to--;
            }
            spans.put(key.getValue(), new int[] {from, to});
        }
        return spans;
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
     * the front-matter, so a {@code ---*}{@code /} in it loses its slash.
     */
    public static String block(String text) {
        StringBuilder out = new StringBuilder(" |-");
        for (String line : text.replace(FrontMatter.CLOSE, "---*").split("\n", -1)) {
            out.append('\n');
            if (!line.isBlank()) {
                out.append("  ").append(line.strip());
            }
        }
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
