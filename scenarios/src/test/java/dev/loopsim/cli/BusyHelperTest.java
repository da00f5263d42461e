package dev.loopsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.host.NodeOptions;
import dev.loopsim.js.syntax.Parser;
import dev.loopsim.js.syntax.Source;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.trace.TraceEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** corpus/io/lib/busy.js: CPU work that blocks the loop costs the same virtual time as node's real time. */
class BusyHelperTest {

    static final Path BUSY = Path.of("corpus", "io", "lib", "busy.js");

    private static final String SLOW_HANDLER = """
            const busy = require('./lib/busy');
            const t0 = Date.now();
            setTimeout(() => console.log('timer due at 50 ms ran at', Date.now() - t0 >= 200 ? '200 ms or later' : 'under 200 ms'), 50);
            setTimeout(() => {
              busy(200);
              console.log('slow handler done');
            }, 10);
            """;

    @Test
    void aTwoHundredMillisecondBusyHandlerDelaysAFiftyMillisecondTimerPastTwoHundredMilliseconds(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Files.copy(BUSY, dir.resolve("lib/busy.js"));
        Path script = dir.resolve("slow.js");
        Files.writeString(script, SLOW_HANDLER);
        StringBuilder out = new StringBuilder();
        List<TraceEvent> trace = new ArrayList<>();

        int code = ScriptRunner.run(
                script.toString(),
                Parser.parse(new Source(script.toString(), SLOW_HANDLER)),
                s -> out.append(s).append('\n'),
                s -> {},
                ChoiceSource.defaults(),
                List.of(trace::add),
                NodeOptions.DEFAULTS);

        // printed by node v20 (three runs alike)
        assertThat(out).hasToString("slow handler done\ntimer due at 50 ms ran at 200 ms or later\n");
        assertThat(code).isZero();
        TraceEvent timerLine = trace.stream()
                .filter(e -> e.kind() == TraceEvent.Kind.CONSOLE && e.detail().startsWith("stdout: timer due"))
                .findFirst()
                .orElseThrow();
        assertThat(timerLine.micros()).isGreaterThanOrEqualTo(210_000);
    }
}
