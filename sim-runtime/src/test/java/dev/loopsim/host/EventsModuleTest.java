package dev.loopsim.host;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** node:events; every expected line was printed by node v20 for the same script. */
class EventsModuleTest {

    @Test
    void requireEventsIsTheConstructorItselfWithEventEmitterAndOnce() {
        ModuleRun run = ModuleRun.of("const EE = require('events'); console.log(typeof EE, EE === EE.EventEmitter,"
                + " typeof EE.once, EE.defaultMaxListeners, EE.errorMonitor)");
        assertThat(run.stdout()).isEqualTo("function true function 10 Symbol(events.errorMonitor)\n");
    }

    @Test
    void anEmitterPrintsWithNodesOwnProperties() {
        ModuleRun run =
                ModuleRun.of("const EE = require('events'); const e = new EE(); e.on('x', () => {}); console.log(e)");
        assertThat(run.stdout())
                .isEqualTo("EventEmitter {\n  _events: [Object: null prototype] { x: [Function (anonymous)] },\n"
                        + "  _eventsCount: 1,\n  _maxListeners: undefined,\n  [Symbol(shapeMode)]: false,\n"
                        + "  [Symbol(kCapture)]: false\n}\n");
    }

    @Test
    void prependedAndOnceListenersRunInNodesOrderAndOnceOnlyOnce() {
        ModuleRun run = ModuleRun.of(
                "const EE = require('events'); const e = new EE();"
                        + " e.on('x', () => console.log('a')); e.prependListener('x', () => console.log('first'));"
                        + " e.once('x', () => console.log('once')); e.emit('x'); e.emit('x'); console.log(e.listenerCount('x'))");
        assertThat(run.stdout()).isEqualTo("first\na\nonce\nfirst\na\n2\n");
    }

    @Test
    void anErrorEventWithoutAListenerThrowsAndANonErrorIsWrapped() {
        ModuleRun run = ModuleRun.of("const EE = require('events'); const e = new EE();"
                + " try { e.emit('error', 'boom') } catch (err) { console.log(err.message, err.code, err.context) }"
                + " try { e.emit('error', new Error('real')) } catch (err) { console.log(err.message) }");
        assertThat(run.stdout()).isEqualTo("Unhandled error. ('boom') ERR_UNHANDLED_ERROR boom\nreal\n");
    }

    @Test
    void anUnhandledErrorEventCrashesWithTheThrowInsideEmit() {
        ModuleRun run = ModuleRun.of("const EE = require('events'); new EE().emit('error', 42)");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr())
                .startsWith("node:events:")
                .contains("throw err; // Unhandled 'error' event")
                .contains("Error [ERR_UNHANDLED_ERROR]: Unhandled error. (42)")
                .contains("  code: 'ERR_UNHANDLED_ERROR',\n  context: 42\n}");
    }

    @Test
    void eventsOnceResolvesWithTheArgumentsAndRejectsOnError() {
        ModuleRun run = ModuleRun.of("const { once, EventEmitter } = require('events'); const e = new EventEmitter();"
                + " once(e, 'ready').then((v) => console.log('ready', v));"
                + " once(e, 'never').catch((err) => console.log('rejected', err.message));"
                + " setTimeout(() => { e.emit('ready', 1, 2); e.emit('error', new Error('bad')) }, 1)");
        assertThat(run.stdout()).isEqualTo("ready [ 1, 2 ]\nrejected bad\n");
    }
}
