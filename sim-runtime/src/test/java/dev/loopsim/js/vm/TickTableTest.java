package dev.loopsim.js.vm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.js.syntax.NodeReferenceCorpus;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.js.value.JsArray;
import dev.loopsim.js.value.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each row of Node's tick table (shared/node-reference case 33) is a test: the experiment's code comes
 * from the recorded case and the expected microtask hop from its recorded output, so nothing here is
 * typed from memory. The process.nextTick row needs the Node host.
 */
class TickTableTest {
    private static final List<String> NEEDS_NODE_HOST =
            List.of("queueMicrotask", "process.nextTick (CJS, macrotask ctx)");
    private static final Pattern EXPERIMENT = Pattern.compile("^E\\('(.*?)', \\(m\\) => (\\{.*\\})\\);$");

    @TestFactory
    Stream<DynamicTest> everyRowOfTheTickTableTakesNodesHops() throws IOException {
        Path cases = NodeReferenceCorpus.directory();
        List<String> lines = Files.readAllLines(cases.resolve("33-tick-table.js"));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String row : Files.readAllLines(cases.resolve("33-tick-table.out"))) {
            int at = row.lastIndexOf(" @");
            expected.put(row.substring(0, at).trim(), row.substring(at + 2).trim());
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : lines) {
            Matcher m = EXPERIMENT.matcher(line);
            if (!m.matches() || NEEDS_NODE_HOST.contains(m.group(1))) {
                continue;
            }
            String label = m.group(1);
            String body = m.group(2);
            tests.add(DynamicTest.dynamicTest(
                    label + " takes " + expected.get(label) + " hops",
                    () -> assertThat(hops(body)).as(label).isEqualTo(expected.get(label))));
        }
        assertThat(tests).hasSize(expected.size() - NEEDS_NODE_HOST.size());
        return tests.stream();
    }

    /** Runs one experiment behind a fresh 8-hop ticker, as case 33 does, and returns the marks ("1,2"). */
    private static String hops(String body) {
        String script = """
                const P = Promise.resolve('P');
                class Sub extends Promise {}
                let tick = 0;
                let t = Promise.resolve();
                for (let k = 1; k <= 8; k++) t = t.then(() => { tick = k; });
                const marks = [];
                const experiment = (m) => %s;
                experiment(() => marks.push(tick));
                return marks;
                """.formatted(body);
        JsArray marks = (JsArray) new Engine().run(new Source("tick.js", script));
        List<String> out = new ArrayList<>();
        for (long i = 0; i < marks.length(); i++) {
            out.add(Values.numberToString((Double) marks.getIndex(i)));
        }
        return String.join(",", out);
    }
}
