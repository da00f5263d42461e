package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** node:util; expected output recorded from node v20 (corpus modules-util-*). */
class UtilModuleTest {

    @Test
    void promisifyResolvesFromTheCallbackAndKeepsTheName() {
        ModuleRun run = ModuleRun.of("const util = require('util');"
                + " function add(a, b, cb) { setTimeout(() => cb(null, a + b), 5) }"
                + " const p = util.promisify(add); console.log(p.name, p.length);"
                + " p(1, 2).then((v) => console.log('sum', v));"
                + " util.promisify((cb) => cb(new Error('bad')))().catch((e) => console.log(e.message))");
        assertThat(run.stdout()).isEqualTo("add 3\nbad\nsum 3\n");
    }

    @Test
    void callbackifyCallsBackInANextTickAfterThePromiseJobs() {
        ModuleRun run = ModuleRun.of("const util = require('util'); async function f() { return 'ok' }"
                + " const cb = util.callbackify(f); console.log(cb.name, cb.length);"
                + " cb((err, v) => console.log('callback', err, v));"
                + " Promise.resolve().then(() => console.log('job')); process.nextTick(() => console.log('tick'))");
        assertThat(run.stdout()).isEqualTo("fCallbackified 1\ntick\njob\ncallback null ok\n");
    }

    @Test
    void inspectHonoursDepthAndFormatFormatsLikeConsoleLog() {
        ModuleRun run = ModuleRun.of("const util = require('util'); const o = { a: { b: { c: { d: 1 } } } };"
                + " console.log(util.inspect(o)); console.log(util.inspect(o, { depth: 0 }));"
                + " console.log(util.format('%s=%d %j', 'a', 42, { x: 1 }))");
        assertThat(run.stdout()).isEqualTo("{ a: { b: { c: [Object] } } }\n{ a: [Object] }\na=42 {\"x\":1}\n");
    }

    @Test
    void isDeepStrictEqualComparesStructureTypesAndSignedZero() {
        ModuleRun run = ModuleRun.of("const { isDeepStrictEqual: eq } = require('util');"
                + " console.log(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), eq([1], ['1']),"
                + " eq(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])), eq(NaN, NaN), eq(0, -0))");
        assertThat(run.stdout()).isEqualTo("true false true true false\n");
    }
}
