package dev.loopsim.host;

import static dev.loopsim.host.UnhandledRejectionsMode.THROW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.loop.ChoiceSource;
import org.junit.jupiter.api.Test;

/** process.emitWarning and Node's default 'warning' listener; expected texts printed by node v20.20.2. */
class ProcessWarningsTest {

    @Test
    void aWarningIsEmittedOnTheNextTickAfterTicksAlreadyQueued() {
        Simulation run = run(
                THROW,
                "process.on('warning', (w) => console.log('warning ' + w.name + ' ' + w.message));\n"
                        + "process.nextTick(() => console.log('tick'));\nprocess.emitWarning('plain');\n"
                        + "Promise.resolve().then(() => console.log('micro'));\nconsole.log('sync');\n");

        assertThat(run.stdout()).isEqualTo("sync\ntick\nwarning Warning plain\nmicro\n");
    }

    @Test
    void theDefaultListenerPrintsCodeTypeMessageAndDetail() {
        Simulation run = run(
                THROW,
                "process.emitWarning('plain');\nprocess.emitWarning('typed', 'CustomWarning', 'CODE1');\n"
                        + "process.emitWarning('opts', { type: 'T', code: 'C', detail: 'more detail' });\n");

        assertThat(run.stderr())
                .isEqualTo("(node:4242) Warning: plain\n"
                        + "(Use `node --trace-warnings ...` to show where the warning was created)\n"
                        + "(node:4242) [CODE1] CustomWarning: typed\n(node:4242) [C] T: opts\nmore detail\n");
    }

    @Test
    void aDeprecationWarningFirstGivesTheTraceDeprecationHint() {
        Simulation run = run(
                THROW, "process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');\nprocess.emitWarning('plain');\n");

        assertThat(run.stderr())
                .isEqualTo("(node:4242) [DEP0999] DeprecationWarning: dep\n"
                        + "(Use `node --trace-deprecation ...` to show where the warning was created)\n"
                        + "(node:4242) Warning: plain\n");
    }

    @Test
    void aWarningThatIsNeitherStringNorErrorIsRejectedWithNodesError() {
        Simulation run = run(THROW, "try { process.emitWarning(42); } catch (e) { console.log(e.code, e.message); }\n");

        assertThat(run.stdout())
                .isEqualTo("ERR_INVALID_ARG_TYPE The \"warning\" argument must be of type string or an instance of"
                        + " Error. Received type number (42)\n");
    }

    @Test
    void aTimeoutBeyondTheMaximumWarnsAndBecomesOneMillisecond() {
        Simulation run = run(THROW, "setTimeout(() => console.log('fired'), 2 ** 31);\n");

        assertThat(run.stdout()).isEqualTo("fired\n");
        assertThat(run.stderr())
                .isEqualTo("(node:4242) TimeoutOverflowWarning: 2147483648 does not fit into a 32-bit signed integer."
                        + "\nTimeout duration was set to 1.\n"
                        + "(Use `node --trace-warnings ...` to show where the warning was created)\n");
    }

    /** A run of {@code script} as the main module {@code FILE}, as {@code node --unhandled-rejections=MODE}. */
    private static Simulation run(UnhandledRejectionsMode mode, String script) {
        return Simulation.run(
                "FILE", script, ChoiceSource.defaults(), NodeOptions.DEFAULTS.withUnhandledRejections(mode));
    }
}
