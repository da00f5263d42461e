package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.NodeReferenceCorpus;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.loop.Choices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
class NodeReferenceCasesTest {

    /** Case → what it waits for. */
    static final Map<String, String> WAITING = Map.ofEntries(
            Map.entry("02-phases-in-io-callback.js", "reads its own file: fake fs arrives with issue 5"),
            Map.entry("11-timeout-vs-immediate-io.js", "reads its own file: fake fs arrives with issue 5"),
            Map.entry("54-mode-matrix.js", "spawns node itself; its rows become scenarios with issue 5"),
            Map.entry("10-timeout-vs-immediate-main.js", "nondeterministic in Node: outcomes via --choose"),
            Map.entry("13-timeout-vs-immediate-in-timer.js", "nondeterministic in Node: outcomes via --choose"),
            Map.entry("14-timeout-vs-immediate-in-immediate.js", "nondeterministic in Node: outcomes via --choose"),
            Map.entry("84-ms-boundary-nondeterminism.js", "nondeterministic in Node: outcomes via --choose"),
            Map.entry("49-mode-throw.js", "--unhandled-rejections modes other than the default"),
            Map.entry("50-mode-strict.js", "--unhandled-rejections modes other than the default"),
            Map.entry("51-mode-warn.js", "--unhandled-rejections modes other than the default"),
            Map.entry("52-mode-none.js", "--unhandled-rejections modes other than the default"),
            Map.entry("53-mode-warn-with-error-code.js", "--unhandled-rejections modes other than the default"),
            Map.entry("55-warn-handled-later.js", "--unhandled-rejections modes other than the default"),
            Map.entry("83-strict-handled-same-drain.js", "--unhandled-rejections modes other than the default"),
            Map.entry("17-same-expiry-different-duration.js", "spins on the wall clock (_idleStart)"),
            Map.entry("24-microtasks-between-timer-lists.js", "busy-waits on Date.now(): cost model of sync code"),
            Map.entry("61-throw-in-timeout-handled.js", "busy-waits on Date.now(): cost model of sync code"),
            Map.entry("85-throw-in-nextTick-timer-overdue.js", "busy-waits on Date.now(): cost model of sync code"),
            Map.entry("70-microtask-starvation.js", "expects time to pass during a long microtask chain"),
            Map.entry("72-setImmediate-no-starvation.js", "expects time to pass during long work"),
            Map.entry("46-rejectionHandled-event.js", "the rejectionHandled event"),
            Map.entry("82-throw-in-uncaughtException-handler.js", "exit code 7"),
            Map.entry("86-rejection-created-in-listener.js", "rejections raised inside unhandledRejection listeners"));

    private static final Pattern EXIT_CODE = Pattern.compile("\\[exit code: (\\d+)\\]");

    @TestFactory
    Stream<DynamicTest> everyRecordedCaseThatTheHostCoversPrintsWhatNodePrinted() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : NodeReferenceCorpus.scripts()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".mjs") || WAITING.containsKey(name)) {
                continue; // ES modules wait for the module loader; the rest are listed with their reason
            }
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String base = name.substring(0, name.length() - ".js".length());
                String expected = Files.readString(file.resolveSibling(base + ".out"));
                int expectedCode = recordedExitCode(file.resolveSibling(base + ".err"));
                StringBuilder out = new StringBuilder();
                NodeHost host = new NodeHost(s -> out.append(s).append('\n'), s -> {}, Choices.DEFAULTS);
                int code = host.run(file.toString(), Parser.parse(new Source(file.toString(), Files.readString(file))));
                assertThat(out.toString()).as("stdout of %s", name).isEqualTo(expected);
                assertThat(code).as("exit code of %s", name).isEqualTo(expectedCode);
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

    private static int recordedExitCode(Path err) throws IOException {
        if (!Files.exists(err)) {
            return 0;
        }
        Matcher m = EXIT_CODE.matcher(Files.readString(err));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
