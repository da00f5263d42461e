package dev.loopsim.properties;

import dev.loopsim.properties.run.Script;

/** Scripts the assertion and JUnit tests share. */
public final class TestScripts {
    private TestScripts() {}

    /**
     * Node v20.20.2 prints {@code sync, tick, microtask, timeout 0, timeout 150} and exits 0 (recorded five
     * times, identical).
     */
    public static final Script ORDER = Script.of("/app/order.js", """
            setTimeout(() => console.log('timeout 150'), 150);
            setTimeout(() => console.log('timeout 0'), 0);
            Promise.resolve().then(() => console.log('microtask'));
            process.nextTick(() => console.log('tick'));
            console.log('sync');
            """);

    /**
     * Node v20.20.2 prints {@code before}, then the crash report of {@code Error: boom} on stderr, and exits 1
     * (recorded five times, identical): the second timer never runs.
     */
    public static final Script CRASH = Script.of("/app/crash.js", """
            console.log('before');
            setTimeout(() => { throw new Error('boom'); }, 10);
            setTimeout(() => console.log('never'), 20);
            """);

    /** Two increments that each read the counter, await a request, and write it back: lost when they overlap. */
    public static final Script LOST_UPDATE = Script.of("/app/lost-update.js", """
            /*---
            routes:
              - url: https://api.example.com/*
                latency: uniform(1, 60)
            ---*/
            const assert = require('assert');
            let counter = 0;
            async function increment(name) {
              const current = counter;
              await fetch('https://api.example.com/' + name);
              counter = current + 1;
            }
            increment('a');
            setTimeout(() => increment('b'), 20);
            setTimeout(() => { assert.equal(counter, 2); console.log('counter', counter); }, 500);
            """);

    /** Two requests whose answers print 'a' and 'b': 'b' first whenever its latency is the smaller. */
    public static final Script TWO_REQUESTS = Script.of("/app/two-requests.js", """
            /*---
            routes:
              - url: https://api.example.com/*
                latency: uniform(1, 60)
            ---*/
            fetch('https://api.example.com/a').then(() => console.log('a'));
            fetch('https://api.example.com/b').then(() => console.log('b'));
            """);
}
