package dev.loopsim.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.host.NodeReferenceCasesTest;
import dev.loopsim.host.Simulation;
import dev.loopsim.js.syntax.NodeReferenceCorpus;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.trace.TraceEvent.Kind;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TraceTest {

    private static final String EVERYTHING = """
            process.on('uncaughtException', (e) => console.log('caught', e.message));
            process.on('unhandledRejection', (r) => console.log('unhandled', r));
            setTimeout(() => console.log('timeout'), 0);
            setImmediate(() => console.log('immediate'));
            clearTimeout(setTimeout(() => {}, 5));
            clearImmediate(setImmediate(() => {}));
            process.nextTick(() => console.log('tick'));
            queueMicrotask(() => console.log('microtask'));
            Promise.resolve({ then(r) { r(1); } }).then(() => console.log('thenable'));
            (async function f() { await null; console.log('resumed'); })();
            Promise.reject('nobody');
            const late = Promise.reject(new Error('late'));
            setTimeout(() => late.catch(() => console.log('handled late')), 1);
            setTimeout(() => { throw new Error('boom'); }, 2);
            setTimeout(() => require('fs').readFile(__filename, () => console.log('read')), 3);
            """;

    @Test
    void oneRunTracesEveryKindOfStep() {
        Simulation run = Simulation.run(EVERYTHING);
        Set<Kind> seen = run.trace().stream().map(TraceEvent::kind).collect(Collectors.toSet());

        assertThat(seen).containsAll(EnumSet.allOf(Kind.class));
        assertThat(run.trace()).extracting(TraceEvent::seq).isSorted().doesNotHaveDuplicates();
        assertThat(run.trace()).extracting(TraceEvent::micros).isSorted();
        assertThat(run.trace().getLast().kind()).isEqualTo(Kind.EXIT);
    }

    @Test
    void microtaskRunsSayWhatKindOfJobTheyAre() {
        Simulation run = Simulation.run(EVERYTHING);

        assertThat(run.events(Kind.MICROTASK_RUN))
                .extracting(TraceEvent::detail)
                .contains("promise-reaction", "promise-resolve-thenable", "await-resumption", "queue-microtask");
    }

    @Test
    void macrotasksAreTracedWithThePhaseTheyRunIn() {
        Simulation run = Simulation.run(EVERYTHING);

        assertThat(run.events(Kind.MACROTASK_START))
                .extracting(e -> e.phase() + " " + e.detail())
                .startsWith("main main script", "check immediate #1", "timers timer #1", "timers timer #3");
    }

    @Test
    void anAwaitIsTracedWhenItSuspendsAndWhenItResumes() {
        Simulation run = Simulation.run("(async function load() { await 1; console.log('after'); })();");

        List<TraceEvent> awaits = run.trace().stream()
                .filter(e -> e.kind() == Kind.AWAIT_SUSPENDED || e.kind() == Kind.AWAIT_RESUMED)
                .toList();
        assertThat(awaits)
                .extracting(e -> e.kind() + " " + e.detail())
                .containsExactly("AWAIT_SUSPENDED load", "AWAIT_RESUMED load");
        assertThat(awaits.get(0).id()).isEqualTo(awaits.get(1).id()).isPositive();
    }

    @TestFactory
    Stream<DynamicTest> theTraceOfEveryReferenceCaseIsTheSameOnASecondRun() {
        return NodeReferenceCorpus.scripts().stream()
                .filter(p -> p.toString().endsWith(".js"))
                .filter(p -> !NodeReferenceCasesTest.WAITING.containsKey(
                        p.getFileName().toString()))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    String script = Files.readString(p);
                    Simulation first = Simulation.run(p.toString(), script, ChoiceSource.defaults());
                    Simulation second = Simulation.run(p.toString(), script, ChoiceSource.defaults());
                    assertThat(second.trace()).isEqualTo(first.trace());
                    assertThat(first.trace()).isNotEmpty();
                }));
    }

    @Test
    void jsonLinesEscapeWhatJsonMust() {
        TraceEvent e = new TraceEvent(3, 12_003, "timers", Kind.CONSOLE, 0, "stdout: a \"q\"\\\n\t\u0001");

        assertThat(TraceFormat.jsonLine(e))
                .isEqualTo("{\"seq\":3,\"time\":12.003,\"phase\":\"timers\",\"kind\":\"console\","
                        + "\"detail\":\"stdout: a \\\"q\\\"\\\\\\n\\t\\u0001\"}");
    }

    @Test
    void theTimelineIsOneAlignedLinePerEvent() {
        TraceEvent e = new TraceEvent(12, 5_000, "timers", Kind.TIMER_FIRED, 3, "two\nlines");

        assertThat(TraceFormat.timelineLine(e))
                .isEqualTo("    12          5 ms  timers      timer-fired         #3 two\\nlines");
    }

    @Test
    void timesPrintAsMillisecondsWithTheirMicroseconds() {
        assertThat(TraceEvent.millis(0)).isEqualTo("0");
        assertThat(TraceEvent.millis(1_500)).isEqualTo("1.5");
        assertThat(TraceEvent.millis(3_600_000_001L)).isEqualTo("3600000.001");
    }
}
