package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.loop.ChoicePoint;
import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.trace.TraceEvent.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of the virtual clock and of Node's chances, beyond what the recorded reference cases show. */
class EventLoopRulesTest {

    @Test
    void timeoutVersusImmediateIsAskedOnlyWhenAnImmediateWaitsForATimerDueInOneMillisecond() {
        Simulation timerOnly = Simulation.run("setTimeout(() => console.log('t'), 0);");
        Simulation immediateOnly = Simulation.run("setImmediate(() => console.log('i'));");
        Simulation both =
                Simulation.run("setTimeout(() => console.log('t'), 0); setImmediate(() => console.log('i'));");
        Simulation laterTimer =
                Simulation.run("setTimeout(() => console.log('t'), 5); setImmediate(() => console.log('i'));");

        assertThat(timerOnly.events(Kind.CHOICE)).isEmpty();
        assertThat(immediateOnly.events(Kind.CHOICE)).isEmpty();
        assertThat(laterTimer.events(Kind.CHOICE)).isEmpty();
        assertThat(both.events(Kind.CHOICE))
                .extracting(e -> e.detail())
                .containsExactly("timeout-vs-immediate=immediate");
    }

    @Test
    void forcingTheMillisecondToPassRunsTheTimerFirstAtItsDueTime() {
        ChoiceSource choices = new ChoiceSource(
                List.of(ChoiceSource.Forced.parse("timeout-vs-immediate=timeout")), ChoiceSource.Strategy.DEFAULT);
        Simulation run =
                Simulation.run("setTimeout(() => console.log('t'), 0); setImmediate(() => console.log('i'));", choices);

        assertThat(run.stdout()).isEqualTo("t\ni\n");
        assertThat(run.printedAt("t")).isBetween(1000L, 1999L);
        assertThat(choices.taken())
                .extracting(ChoiceSource.Taken::point)
                .containsExactly(ChoicePoint.TIMEOUT_VS_IMMEDIATE);
    }

    @Test
    void aTimerCreatedAcrossAMillisecondBoundaryExpiresWithTheEarlierLongerOne() {
        String script = "setTimeout(() => console.log('a'), 2); setTimeout(() => console.log('b'), 1);";
        ChoiceSource nextMs = new ChoiceSource(
                List.of(ChoiceSource.Forced.parse("timer-ms-boundary=next-ms")), ChoiceSource.Strategy.DEFAULT);

        assertThat(Simulation.run(script).stdout()).isEqualTo("b\na\n");
        assertThat(Simulation.run(script, nextMs).stdout()).isEqualTo("a\nb\n");
    }

    @Test
    void aBusyWaitOnDateNowEndsAtItsDeadline() {
        Simulation run = Simulation.run(
                "const start = Date.now(); while (Date.now() - start < 50); console.log('done', Date.now() - start);");

        assertThat(run.stdout()).isEqualTo("done 50\n");
        assertThat(run.printedAt("done 50")).isBetween(50_000L, 50_999L);
    }

    @Test
    void hrtimeBigIntReadsTheVirtualClockInNanosecondsAtAMicrosecondPerRead() {
        Simulation run = Simulation.run("""
                const [s, ns] = process.hrtime();
                const big = process.hrtime.bigint();
                console.log(typeof big, big - (BigInt(s) * 1000000000n + BigInt(ns)));
                """);

        assertThat(run.stdout()).isEqualTo("bigint 1000n\n");
    }

    @Test
    void aBusyWaitOnHrtimeBigIntEndsAtItsDeadline() {
        Simulation run = Simulation.run(
                "const t = process.hrtime.bigint(); while (process.hrtime.bigint() - t < 3000000n); console.log('done');");

        assertThat(run.stdout()).isEqualTo("done\n");
        assertThat(run.printedAt("done")).isBetween(3000L, 3999L);
    }

    @Test
    void aBusyWaitOnPerformanceNowEndsAtItsDeadline() {
        Simulation run = Simulation.run(
                "const t = performance.now(); while (performance.now() - t < 3); console.log(performance.now() - t >= 3);");

        assertThat(run.stdout()).isEqualTo("true\n");
    }

    @Test
    void anHourOfTimersPassesInVirtualTimeAndEachFiresAtItsDueTime() {
        Simulation run = Simulation.run("""
                const start = Date.now();
                let n = 0;
                function tick() {
                  if (++n < 60) setTimeout(tick, 60000);
                  else console.log('an hour later', Date.now() - start);
                }
                setTimeout(tick, 60000);
                """);

        assertThat(run.stdout()).isEqualTo("an hour later 3600000\n");
        assertThat(run.events(Kind.TIMER_FIRED)).hasSize(60);
        assertThat(run.printedAt("an hour later 3600000")).isBetween(3_600_000_000L, 3_600_000_999L);
    }

    @Test
    void callbacksCostAMicrosecondEachSoAMillionMicrotasksDelayADueTimerByASecond() {
        Simulation run = Simulation.run("""
                const t0 = Date.now();
                setTimeout(() => console.log('timer', Date.now() - t0 >= 1000), 0);
                let n = 0;
                (function spin() { if (++n < 1e6) queueMicrotask(spin); })();
                """);

        assertThat(run.stdout()).isEqualTo("timer true\n");
    }

    @Test
    void synchronousCodeThatNeitherReadsTheClockNorRunsCallbacksTakesNoTime() {
        Simulation run = Simulation.run("let s = 0; for (let i = 0; i < 100000; i++) s += i;"
                + " setTimeout(() => console.log('due', s > 0), 10);");

        assertThat(run.printedAt("due true")).isBetween(10_000L, 10_010L);
    }
}
