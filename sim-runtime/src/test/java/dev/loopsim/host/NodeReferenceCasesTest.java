package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.NodeReferenceCorpus;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.loop.ChoicePoint;
import dev.loopsim.loop.ChoiceSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The recorded Node cases (shared/node-reference/cases) run on the Node host: each must print exactly
 * the recorded stdout and exit with the recorded code. The cases in {@link #WAITING} need parts of the
 * host that are not built yet; each says which, and the list only ever shrinks.
 */
public class NodeReferenceCasesTest {

    /** Case → what it waits for. */
    public static final Map<String, String> WAITING =
            Map.ofEntries(Map.entry("54-mode-matrix.js", "spawns node itself; its rows become scenarios with issue 5"));

    private static final Pattern EXIT_CODE = Pattern.compile("\\[exit code: (\\d+)\\]");
    private static final Pattern FLAGS = Pattern.compile("// flags:(.*)");

    @TestFactory
    Stream<DynamicTest> everyRecordedCaseThatTheHostCoversPrintsWhatNodePrinted() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : NodeReferenceCorpus.scripts()) {
            String name = file.getFileName().toString();
            if (WAITING.containsKey(name)) {
                continue; // listed with their reason
            }
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String base = name.substring(0, name.lastIndexOf('.'));
                String expected = Files.readString(file.resolveSibling(base + ".out"));
                if (HISTOGRAM_LINE.matcher(expected).lookingAt()) {
                    everyOutcomeNodeShowedComesFromSomeChoice(file, expected);
                    return;
                }
                Path errFile = file.resolveSibling(base + ".err");
                int expectedCode = recordedExitCode(errFile);
                StringBuilder out = new StringBuilder();
                StringBuilder err = new StringBuilder();
                int code = run(file, ChoiceSource.defaults(), out, err);
                assertThat(out.toString()).as("stdout of %s", name).isEqualTo(expected);
                assertThat(code).as("exit code of %s", name).isEqualTo(expectedCode);
                assertThat(firstLine(err.toString().replace(file.getParent() + "/", "cases/")))
                        .as("first line of stderr of %s", name)
                        .isEqualTo(recordedFirstStderrLine(errFile));
            }));
        }
        return tests.stream();
    }

    @Test
    void everyWaitingCaseStillExistsSoTheListCannotHideARenamedCase() {
        List<String> names = NodeReferenceCorpus.scripts().stream()
                .map(p -> p.getFileName().toString())
                .toList();
        assertThat(names).containsAll(WAITING.keySet());
    }

    /** {@code 132<TAB>immediate | timeout}: how often Node printed those lines in its repeated runs. */
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("(\\d+)\t(.*)");

    /** Runs a case as run.sh runs it, with the flags of its first line; returns the exit code. */
    private static int run(Path file, ChoiceSource choices, StringBuilder out, StringBuilder err) throws IOException {
        String script = Files.readString(file);
        NodeHost host = new NodeHost(
                s -> out.append(s).append('\n'),
                s -> err.append(s).append('\n'),
                choices,
                ModuleFiles.NONE,
                NodeOptions.fromNodeFlags(flagsOf(script)));
        return host.run(file.toString(), Parser.parse(new Source(file.toString(), script)));
    }

    /**
     * A case Node ran many times, recording how often each output appeared: by default loopsim prints the
     * most frequent one, and forcing the choice points the run asks for produces every one of them.
     */
    private static void everyOutcomeNodeShowedComesFromSomeChoice(Path file, String histogram) throws IOException {
        Map<String, Integer> recorded = new LinkedHashMap<>();
        for (String line : histogram.strip().split("\n")) {
            Matcher m = HISTOGRAM_LINE.matcher(line);
            assertThat(m.matches()).as("histogram line %s", line).isTrue();
            recorded.put(m.group(2), Integer.parseInt(m.group(1)));
        }
        String mostFrequent = recorded.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        ChoiceSource defaults = ChoiceSource.defaults();
        StringBuilder out = new StringBuilder();
        run(file, defaults, out, new StringBuilder());
        assertThat(joined(out)).as("default outcome of %s", file.getFileName()).isEqualTo(mostFrequent);

        List<ChoicePoint> asked = defaults.taken().stream()
                .map(ChoiceSource.Taken::point)
                .distinct()
                .toList();
        Set<String> produced = new LinkedHashSet<>();
        for (List<ChoiceSource.Forced> forced : everyCombination(asked)) {
            StringBuilder o = new StringBuilder();
            run(file, new ChoiceSource(forced, ChoiceSource.Strategy.DEFAULT), o, new StringBuilder());
            produced.add(joined(o));
        }
        assertThat(produced)
                .as("outcomes of %s over every choice", file.getFileName())
                .containsAll(recorded.keySet());
    }

    /** Every way of forcing each point's outcome for all its occurrences. */
    private static List<List<ChoiceSource.Forced>> everyCombination(List<ChoicePoint> points) {
        List<List<ChoiceSource.Forced>> all = new ArrayList<>();
        all.add(List.of());
        for (ChoicePoint point : points) {
            List<List<ChoiceSource.Forced>> next = new ArrayList<>();
            for (List<ChoiceSource.Forced> prefix : all) {
                for (int outcome = 0; outcome < point.outcomes().size(); outcome++) {
                    List<ChoiceSource.Forced> combination = new ArrayList<>(prefix);
                    combination.add(new ChoiceSource.Forced(point, 0, outcome));
                    next.add(combination);
                }
            }
            all = next;
        }
        return all;
    }

    private static String joined(StringBuilder out) {
        return String.join(" | ", out.toString().strip().split("\n"));
    }

    /** The node flags a case's {@code // flags:} line lists (its first line), as run.sh passes them. */
    static List<String> flagsOf(String script) {
        Matcher m = FLAGS.matcher(script);
        return m.lookingAt() ? List.of(m.group(1).trim().split("\\s+")) : List.of();
    }

    /** The first line node wrote to stderr, as recorded (PID normalised), or "" when it wrote nothing. */
    private static String recordedFirstStderrLine(Path err) throws IOException {
        if (!Files.exists(err)) {
            return "";
        }
        String first = firstLine(Files.readString(err));
        return EXIT_CODE.matcher(first).matches() ? "" : first;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replaceAll("\\(node:\\d+\\)", "(node:PID)");
    }

    private static int recordedExitCode(Path err) throws IOException {
        if (!Files.exists(err)) {
            return 0;
        }
        Matcher m = EXIT_CODE.matcher(Files.readString(err));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
