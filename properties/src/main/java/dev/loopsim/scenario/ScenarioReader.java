package dev.loopsim.scenario;

import dev.loopsim.host.NodeOptions;
import dev.loopsim.io.Failure;
import dev.loopsim.io.FileSpec;
import dev.loopsim.io.IoSetup;
import dev.loopsim.io.LatencyModel;
import dev.loopsim.io.Route;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
                .allowOnly(
                        "description", "flags", "seed", "latency", "routes", "files", "expect", "invariants", "pinned");
        String description =
                keys.optional("description").map(v -> v.text("text")).orElse("");
        List<String> flags = new ArrayList<>();
        for (FrontMatterValue flag :
                keys.optional("flags").map(v -> v.list("a list of node flags")).orElse(List.of())) {
            flags.add(nodeFlag(flag, flag.text("a node flag such as --unhandled-rejections=strict")));
        }
        long seed = keys.optional("seed").map(v -> v.integer("an integer")).orElse(0L);
        LatencyModel latency =
                keys.optional("latency").map(ScenarioReader::latency).orElse(null);
        List<Route> routes = new ArrayList<>();
        for (FrontMatterValue route :
                keys.optional("routes").map(v -> v.list("a list of routes")).orElse(List.of())) {
            routes.add(route(route));
        }
        List<FileSpec> files = new ArrayList<>();
        for (Map.Entry<String, FrontMatterValue> entry : keys.optional("files")
                .map(v -> v.dataMapping("a mapping of file paths to contents"))
                .map(FrontMatterMapping::entries)
                .orElse(List.of())) {
            files.add(file(entry.getKey(), entry.getValue()));
        }
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
        List<ScenarioInvariant> invariants = new ArrayList<>();
        for (FrontMatterValue item : keys.optional("invariants")
                .map(v -> v.list("a list of invariants such as '- prints: done'"))
                .orElse(List.of())) {
            ScenarioInvariant invariant = invariant(item);
            if (invariant instanceof ScenarioInvariant.Exit
                    && invariants.stream().anyMatch(i -> i instanceof ScenarioInvariant.Exit)) {
                throw item.error("a second exit: a run has one exit code");
            }
            invariants.add(invariant);
        }
        List<PinnedChoice> pinned = new ArrayList<>();
        for (FrontMatterValue item : keys.optional("pinned")
                .map(v -> v.list("a list of pinned answers such as '- io-same-ms@1 = 2nd'"))
                .orElse(List.of())) {
            PinnedChoice choice = item.parsed(
                    "a pinned answer such as 'io-same-ms@1 = 2nd'", t -> PinnedChoice.parse(t, item.line()));
            if (pinned.stream().anyMatch(p -> p.key().equals(choice.key()))) {
                throw item.error("'" + choice.key() + "' is pinned twice");
            }
            pinned.add(choice);
        }
        return new Scenario(
                file, description, flags, new IoSetup(seed, latency, routes, files), timings, invariants, pinned);
    }

    /** {@code - exit: N}, {@code - prints: LINE}, {@code - never-prints: LINE} or {@code - order: [A, B]}. */
    private static ScenarioInvariant invariant(FrontMatterValue item) {
        String expected = "an invariant: exit, prints, never-prints or order with its value";
        FrontMatterMapping keys = item.mapping(expected).allowOnly("exit", "prints", "never-prints", "order");
        List<Map.Entry<String, FrontMatterValue>> entries = keys.entries();
        if (entries.size() != 1) {
            throw item.error("expected one invariant per item, got " + entries.size() + " keys");
        }
        String kind = entries.getFirst().getKey();
        FrontMatterValue value = entries.getFirst().getValue();
        return switch (kind) {
            case "exit" -> {
                long code = value.integer("an exit code from 0 to 255");
                if (code < 0 || code > 255) {
                    throw value.error("expected an exit code from 0 to 255, got " + code);
                }
                yield new ScenarioInvariant.Exit((int) code, item.line());
            }
            case "prints" -> new ScenarioInvariant.Prints(value.text("the printed line"), item.line());
            case "never-prints" -> new ScenarioInvariant.NeverPrints(value.text("the line never printed"), item.line());
            default -> {
                List<FrontMatterValue> lines = value.list("a list of printed lines in order, such as [a done, b done]");
                if (lines.size() < 2) {
                    throw value.error("expected at least two lines in order, got " + lines.size());
                }
                List<String> order = new ArrayList<>();
                for (FrontMatterValue line : lines) {
                    String text = line.text("a printed line");
                    if (order.contains(text)) {
                        throw line.error("'" + text + "' is already in the order, which compares where each line"
                                + " first appears: a repeated line can never hold");
                    }
                    order.add(text);
                }
                yield new ScenarioInvariant.Order(order, item.line());
            }
        };
    }

    private static LatencyModel latency(FrontMatterValue value) {
        return value.parsed("a latency model such as fixed(10)", LatencyModel::parse);
    }

    private static Failure failure(FrontMatterValue value) {
        return value.parsed("a failure such as fail(0.1)", Failure::parse);
    }

    /** {@code - url: …} with method, status, headers, body, latency and fail. */
    private static Route route(FrontMatterValue item) {
        FrontMatterMapping keys = item.mapping("a route: a mapping with url and optionally method, status, headers,"
                        + " body, latency and fail")
                .allowOnly("url", "method", "status", "headers", "body", "latency", "fail");
        String url = keys.required("url").text("a URL pattern");
        String method =
                keys.optional("method").map(v -> v.text("an HTTP method")).orElse(null);
        if (method != null && !method.matches("[A-Za-z]+")) {
            throw keys.required("method").error("expected an HTTP method such as GET, got '" + method + "'");
        }
        int status = 200;
        Optional<FrontMatterValue> statusValue = keys.optional("status");
        if (statusValue.isPresent()) {
            long s = statusValue.get().integer("an HTTP status");
            if (s < 200 || s > 599) {
                throw statusValue.get().error("expected an HTTP status from 200 to 599, got " + s);
            }
            status = (int) s;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (Map.Entry<String, FrontMatterValue> header : keys.optional("headers")
                .map(v -> v.dataMapping("a mapping of header names to values"))
                .map(FrontMatterMapping::entries)
                .orElse(List.of())) {
            headers.put(header.getKey(), header.getValue().text("a header value"));
        }
        String body = keys.optional("body")
                .map(v -> v.isScalar() ? v.text("a body") : JsonText.of(v))
                .orElse("");
        LatencyModel latency =
                keys.optional("latency").map(ScenarioReader::latency).orElse(null);
        Failure failure = keys.optional("fail").map(ScenarioReader::failure).orElse(null);
        return new Route(method, url, status, headers, body, latency, failure);
    }

    /** {@code path: CONTENT}, or {@code path:} with content, latency and fail. */
    private static FileSpec file(String path, FrontMatterValue value) {
        if (value.isScalar()) {
            return FileSpec.of(path, value.text("the file's content"));
        }
        FrontMatterMapping keys = value.mapping("the file's content, or a mapping with content, latency and fail")
                .allowOnly("content", "latency", "fail");
        String content =
                keys.optional("content").map(v -> v.text("the file's content")).orElse(null);
        LatencyModel latency =
                keys.optional("latency").map(ScenarioReader::latency).orElse(null);
        Optional<FrontMatterValue> failValue = keys.optional("fail");
        Failure failure = failValue.map(ScenarioReader::failure).orElse(null);
        try {
            return new FileSpec(path, content, latency, failure);
        } catch (IllegalArgumentException e) {
            throw failValue.orElse(value).error(e.getMessage());
        }
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
