package dev.loopsim.scenario;

import dev.loopsim.host.NodeOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads a {@link Scenario} from a script's text: its front-matter (docs/scenarios.md) checked key by key,
 * every mistake a {@link ScenarioError} naming the file, the line and the key's path. Without
 * front-matter, a first line {@code // flags: …} (the recorded corpora's convention) still gives flags.
 */
public final class ScenarioReader {
    private static final String FLAGS_LINE = "// flags:";

    private ScenarioReader() {}

    /** The scenario that {@code source}, the text of {@code file}, describes. */
    public static Scenario read(Path file, String source) {
        String name = file.toString();
        Optional<FrontMatter> block = FrontMatter.find(name, source);
        if (block.isEmpty()) {
            return Scenario.defaults(file).withFlags(flagsLine(name, source));
        }
        FrontMatter frontMatter = block.get();
        Node root = compose(name, frontMatter);
        if (root == null) {
            return Scenario.defaults(file);
        }
        FrontMatterValue top =
                new FrontMatterValue(root, "", frontMatter.fileLine(FrontMatterValue.lineOf(root)), name, frontMatter);
        FrontMatterMapping keys = top.mapping("a mapping of keys such as description, flags and seed")
                .allowOnly("description", "flags", "seed", "expect");
        String description =
                keys.optional("description").map(v -> v.text("text")).orElse("");
        List<String> flags = new ArrayList<>();
        for (FrontMatterValue flag :
                keys.optional("flags").map(v -> v.list("a list of node flags")).orElse(List.of())) {
            flags.add(nodeFlag(flag, flag.text("a node flag such as --unhandled-rejections=strict")));
        }
        long seed = keys.optional("seed").map(v -> v.integer("an integer")).orElse(0L);
        List<TimingExpectation> timings = new ArrayList<>();
        Optional<FrontMatterMapping> expect = keys.optional("expect")
                .map(v -> v.mapping("a mapping with timings").allowOnly("timings"));
        if (expect.isPresent()) {
            for (FrontMatterValue timing : expect.get()
                    .optional("timings")
                    .map(v -> v.list("a list of {line, at} expectations"))
                    .orElse(List.of())) {
                timings.add(timing(timing));
            }
        }
        return new Scenario(file, description, flags, seed, timings);
    }

    private static Node compose(String name, FrontMatter frontMatter) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(name)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(false)
                .build();
        try {
            return new Compose(settings).composeString(frontMatter.yaml()).orElse(null);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(m -> frontMatter.fileLine(m.getLine()))
                    .orElse(frontMatter.firstLine());
            throw new ScenarioError(name, line, "", "the front-matter is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ScenarioError(
                    name, frontMatter.firstLine(), "", "the front-matter is not valid YAML: " + e.getMessage());
        }
    }

    /** {@code - line: TEXT} with {@code at: MS} or {@code at: [MIN, MAX]}. */
    private static TimingExpectation timing(FrontMatterValue item) {
        FrontMatterMapping keys = item.mapping("a mapping with line and at").allowOnly("line", "at");
        String line = keys.required("line").text("the printed line");
        FrontMatterValue at = keys.required("at");
        String expected = "a virtual time in ms or [min, max]";
        if (at.isList()) {
            List<FrontMatterValue> bounds = at.list(expected);
            if (bounds.size() != 2) {
                throw at.error("expected " + expected + ", got a list of " + bounds.size());
            }
            long min = bounds.get(0).integer(expected);
            long max = bounds.get(1).integer(expected);
            if (min < 0 || min > max) {
                throw at.error("expected [min, max] with 0 <= min <= max, got [" + min + ", " + max + "]");
            }
            return new TimingExpectation(line, min, max, item.line());
        }
        long ms = at.integer(expected);
        if (ms < 0) {
            throw at.error("expected " + expected + ", got " + ms);
        }
        return new TimingExpectation(line, ms, ms, item.line());
    }

    private static String nodeFlag(FrontMatterValue where, String flag) {
        try {
            NodeOptions.fromNodeFlags(List.of(flag));
        } catch (IllegalArgumentException e) {
            throw where.error(e.getMessage());
        }
        return flag;
    }

    private static List<String> flagsLine(String name, String source) {
        int end = source.indexOf('\n');
        String first = (end < 0 ? source : source.substring(0, end)).strip();
        if (!first.startsWith(FLAGS_LINE)) {
            return List.of();
        }
        List<String> flags = Arrays.stream(
                        first.substring(FLAGS_LINE.length()).strip().split("\\s+"))
                .filter(s -> !s.isEmpty())
                .toList();
        try {
            NodeOptions.fromNodeFlags(flags);
        } catch (IllegalArgumentException e) {
            throw new ScenarioError(name, 1, "// flags", e.getMessage());
        }
        return flags;
    }
}
