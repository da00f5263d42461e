package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** node:timers/promises; expected orders recorded from node v20 (corpus modules-timers-promises-*). */
class TimersPromisesModuleTest {

    @Test
    void aPromiseTimerResumesItsAwaiterBeforeTheNextTimerOfTheSameList() {
        ModuleRun run = ModuleRun.of("const { setTimeout: sleep } = require('timers/promises');"
                + " setTimeout(() => { console.log('A'); process.nextTick(() => console.log('tick A')) }, 10);"
                + " (async () => { console.log('resumed', await sleep(10, 'v')) })();"
                + " setTimeout(() => console.log('B'), 10);");
        assertThat(run.stdout()).isEqualTo("A\ntick A\nresumed v\nB\n");
    }

    @Test
    void setIntervalIteratesOncePerFiringAndBreakEndsTheProcess() {
        ModuleRun run = ModuleRun.of("const { setInterval } = require('timers/promises');"
                + " (async () => { let n = 0; for await (const v of setInterval(100, 'tick')) {"
                + " console.log(v, ++n); if (n === 3) break; } console.log('done') })()");
        assertThat(run.stdout()).isEqualTo("tick 1\ntick 2\ntick 3\ndone\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void promisifiedSetTimeoutIsTheTimersPromisesOne() {
        ModuleRun run = ModuleRun.of("const util = require('util'); const tp = require('timers/promises');"
                + " console.log(util.promisify(setTimeout) === tp.setTimeout, require('timers').promises === tp)");
        assertThat(run.stdout()).isEqualTo("true true\n");
    }
}
