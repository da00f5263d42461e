package dev.loopsim.host;

import static dev.loopsim.host.UnhandledRejectionsMode.NONE;
import static dev.loopsim.host.UnhandledRejectionsMode.STRICT;
import static dev.loopsim.host.UnhandledRejectionsMode.THROW;
import static dev.loopsim.host.UnhandledRejectionsMode.WARN;
import static dev.loopsim.host.UnhandledRejectionsMode.WARN_WITH_ERROR_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.loopsim.loop.ChoiceSource;
import dev.loopsim.trace.TraceEvent;
import dev.loopsim.trace.TraceEvent.Kind;
import org.junit.jupiter.api.Test;

/**
 * The rules of lib/internal/process/promises.js as the host follows them. Every expected text and exit
 * code was printed by node v20.20.2 for the same script (the file named FILE, the PID replaced by 4242).
 */
class UnhandledRejectionsTest {

    private static final String EXPLANATION = "Unhandled promise rejection. This error originated either by"
            + " throwing inside of an async function without a catch block, or by rejecting a promise which was not"
            + " handled with .catch(). To terminate the node process on unhandled promise rejection, use the CLI"
            + " flag `--unhandled-rejections=strict` (see"
            + " https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode).";

    private static final String HINT = "(Use `node --trace-warnings ...` to show where the warning was created)";

    @Test
    void warnModePrintsTheReasonThenTheExplanationWithTheRejectionIdAndGoesOn() {
        Simulation run = run(WARN, "Promise.reject(7);\nconsole.log('still runs');\n");

        assertThat(run.stdout()).isEqualTo("still runs\n");
        assertThat(run.stderr())
                .isEqualTo("(node:4242) UnhandledPromiseRejectionWarning: 7\n" + HINT + "\n"
                        + "(node:4242) UnhandledPromiseRejectionWarning: " + EXPLANATION + " (rejection id: 1)\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void theTraceWarningsHintFollowsOnlyTheFirstWarningOfTheProcess() {
        Simulation run = run(WARN, "Promise.reject(1);\nPromise.reject(2);\n");

        assertThat(run.stderr().split(HINT, -1)).hasSize(2);
        assertThat(run.stderr()).contains("(rejection id: 2)");
    }

    @Test
    void noneModeIsSilentAndExitsZero() {
        Simulation run = run(NONE, "Promise.reject(new Error('x'));\nsetTimeout(() => console.log('timer'), 1);\n");

        assertThat(run.stdout()).isEqualTo("timer\n");
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void warnWithErrorCodeSetsExitCodeOneOnlyWhenNoListenerHeardTheRejection() {
        Simulation unheard = run(WARN_WITH_ERROR_CODE, "Promise.reject(new Error('x'));\n");
        Simulation heard = run(
                WARN_WITH_ERROR_CODE,
                "process.on('unhandledRejection', () => console.log('heard'));\nPromise.reject(new Error('x'));\n");

        assertThat(unheard.exitCode()).isEqualTo(1);
        assertThat(unheard.stderr()).startsWith("(node:4242) UnhandledPromiseRejectionWarning: Error: x\n");
        assertThat(heard.stdout()).isEqualTo("heard\n");
        assertThat(heard.stderr()).isEmpty();
        assertThat(heard.exitCode()).isZero();
    }

    @Test
    void strictModeRaisesTheRejectionBeforeAnUnhandledRejectionListenerCanHearIt() {
        Simulation run = run(
                STRICT,
                "process.on('unhandledRejection', () => console.log('not reached'));\n"
                        + "Promise.reject(new Error('boom'));\n");

        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr())
                .startsWith("FILE:2\nPromise.reject(new Error('boom'));\n               ^\n\nError: boom\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void strictModeWithAnUncaughtExceptionListenerStillEmitsUnhandledRejectionAfterIt() {
        Simulation run = run(
                STRICT,
                "process.on('uncaughtException', (e, origin) => console.log('uncaught', origin));\n"
                        + "process.on('unhandledRejection', () => console.log('unhandledRejection'));\n"
                        + "Promise.reject(new Error('x'));\n");

        assertThat(run.stdout()).isEqualTo("uncaught unhandledRejection\nunhandledRejection\n");
        assertThat(run.stderr()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void throwModeReportsAReasonThatIsNotAnErrorAsUnhandledPromiseRejectionFromNodesOwnCode() {
        Simulation run = run(THROW, "Promise.reject(42);\n");

        assertThat(run.stderr())
                .isEqualTo(
                        "node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n"
                                + "UnhandledPromiseRejection: This error originated either by throwing inside of an async"
                                + " function without a catch block, or by rejecting a promise which was not handled with"
                                + " .catch(). The promise rejected with the reason \"42\".\n"
                                + "    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)\n"
                                + "    at processPromiseRejections (node:internal/process/promises:470:17)\n"
                                + "    at process.processTicksAndRejections (node:internal/process/task_queues:96:32) {\n"
                                + "  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js v20.20.2\n");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void strictModeReportsAnErrorLikeObjectWhereNodeThrowsIt() {
        Simulation run = run(STRICT, "Promise.reject({stack: 'custom stack', message: 'm'});\n");

        assertThat(run.stderr())
                .isEqualTo("\nnode:internal/process/promises:342\n"
                        + "  triggerUncaughtException(err, true /* fromPromise */);\n  ^\n"
                        + "{ stack: 'custom stack', message: 'm' }\n\nNode.js v20.20.2\n");
    }

    @Test
    void unhandledPromiseRejectionIsAnErrorSubclassWithOwnCodeAndName() {
        Simulation run = run(
                THROW,
                "process.on('uncaughtException', (e) => console.log(Object.keys(e), e.name, e.code,"
                        + " e instanceof Error, e.constructor.name));\nPromise.reject(42);\n");

        assertThat(run.stdout())
                .isEqualTo("[ 'code', 'name' ] UnhandledPromiseRejection ERR_UNHANDLED_REJECTION true"
                        + " UnhandledPromiseRejection\n");
    }

    @Test
    void aReasonIsNamedWithoutRunningItsToStringOrGetters() {
        Simulation run = run(
                WARN,
                "let n = 0;\nprocess.on('warning', (w) => { if (n++ % 2 === 0) console.log(w.message); });\n"
                        + "class Job {}\nfor (const r of [{ a: 1 }, [1, 2], new Job(), { toString() { return 'x'; } },"
                        + " Symbol('s'), -0, Object.create(null)]) Promise.reject(r);\n");

        assertThat(run.stdout())
                .isEqualTo("#<Object>\n[object Array]\n#<Job>\n[object Object]\nSymbol(s)\n0\n[object Object]\n");
    }

    @Test
    void aRejectionHandledAfterItsReportEmitsRejectionHandledBeforeTheNextTimerOfTheList() {
        Simulation run = run(
                NONE,
                "const log = (s) => console.log(s);\n"
                        + "process.on('rejectionHandled', (p) => log('rejectionHandled ' + (p === late)));\n"
                        + "const late = Promise.reject(new Error('late'));\n"
                        + "setTimeout(() => { log('A'); late.catch(() => log('caught'));"
                        + " process.nextTick(() => log('tick')); }, 2);\n"
                        + "setTimeout(() => log('B'), 2);\n");

        assertThat(run.stdout()).isEqualTo("A\ntick\ncaught\nrejectionHandled true\nB\n");
    }

    @Test
    void aLateHandlerWithoutARejectionHandledListenerPrintsPromiseRejectionHandledWarning() {
        Simulation run =
                run(NONE, "const p = Promise.reject(new Error('x'));\nsetTimeout(() => p.catch(() => {}), 0);\n");

        assertThat(run.stderr())
                .isEqualTo("(node:4242) PromiseRejectionHandledWarning: Promise rejection was handled asynchronously"
                        + " (rejection id: 1)\n" + HINT + "\n");
    }

    @Test
    void aRejectionCreatedInAListenerIsReportedInTheSameDrainAfterTheWorkTheListenerQueued() {
        Simulation run = run(
                THROW,
                "const log = (s) => console.log(s);\n"
                        + "process.on('unhandledRejection', (r) => { log('unhandledRejection: ' + r.message);\n"
                        + "  if (r.message === 'first') { process.nextTick(() => log('tick'));"
                        + " Promise.reject(new Error('second')); Promise.resolve().then(() => log('micro')); } });\n"
                        + "Promise.reject(new Error('first'));\nsetTimeout(() => log('timeout'), 0);\n");

        assertThat(run.stdout())
                .isEqualTo("unhandledRejection: first\ntick\nmicro\nunhandledRejection: second\ntimeout\n");
    }

    @Test
    void theTraceShowsTheReportAndTheLateHandlingOfTheSamePromise() {
        Simulation run =
                run(NONE, "const p = Promise.reject(new Error('x'));\nsetTimeout(() => p.catch(() => {}), 0);\n");

        TraceEvent reported = run.events(Kind.UNHANDLED_REJECTION).getFirst();
        TraceEvent handled = run.events(Kind.REJECTION_HANDLED).getFirst();
        assertThat(handled.id()).isEqualTo(reported.id()).isPositive();
        assertThat(handled.seq()).isGreaterThan(reported.seq());
        assertThat(handled.phase()).isEqualTo("timers");
    }

    @Test
    void aListenerThatThrowsLosesTheRestOfTheBatch() {
        Simulation run = run(
                THROW,
                "process.on('uncaughtException', (e, o) => console.log('uncaught: ' + e.message + ' ' + o));\n"
                        + "process.on('unhandledRejection', (r) => { console.log('reported ' + r.message);"
                        + " throw new Error('listener threw'); });\n"
                        + "Promise.reject(new Error('a'));\nPromise.reject(new Error('b'));\n");

        assertThat(run.stdout()).isEqualTo("reported a\nuncaught: listener threw uncaughtException\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void anUncaughtExceptionListenerThatThrowsEndsTheProcessWithSevenAndNoExitEvent() {
        Simulation run = run(
                THROW,
                "process.on('exit', () => console.log('exit'));\n"
                        + "process.on('uncaughtException', () => { throw new Error('handler failed'); });\n"
                        + "setTimeout(() => { throw new Error('original'); }, 0);\n");

        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr())
                .startsWith("FILE:2\nprocess.on('uncaughtException', () => { throw new Error('handler failed'); });\n"
                        + "                                        ^\n\nError: handler failed\n")
                .endsWith("\n\nNode.js v20.20.2\n");
        assertThat(run.exitCode()).isEqualTo(7);
    }

    @Test
    void theMonitorRunsFirstAndAThrowInItAlsoExitsSeven() {
        Simulation run = run(
                THROW,
                "process.on('uncaughtExceptionMonitor', (e, o) => { console.log('monitor ' + o); throw 1; });\n"
                        + "process.on('uncaughtException', () => console.log('not reached'));\n"
                        + "Promise.reject(new Error('r'));\n");

        assertThat(run.stdout()).isEqualTo("monitor unhandledRejection\n");
        assertThat(run.exitCode()).isEqualTo(7);
    }

    @Test
    void anExitListenerThatThrowsAtTheEndIsAnUncaughtExceptionAndTheProcessStillEnds() {
        Simulation handled = run(
                THROW,
                "process.on('uncaughtException', (e, o) => console.log('uncaught: ' + e.message + ' ' + o));\n"
                        + "process.on('exit', () => { throw new Error('in exit'); });\n"
                        + "process.on('exit', () => console.log('second exit listener'));\nprocess.exitCode = 3;\n");
        Simulation fatal = run(THROW, "process.on('exit', () => { throw new Error('in exit'); });\n");

        assertThat(handled.stdout()).isEqualTo("uncaught: in exit uncaughtException\n");
        assertThat(handled.exitCode()).isEqualTo(3);
        assertThat(fatal.stderr()).startsWith("FILE:1\n").contains("\nError: in exit\n");
        assertThat(fatal.exitCode()).isEqualTo(1);
    }

    @Test
    void anExitListenerThatThrowsDuringACrashIsIgnoredButTheExitCodeItSetIsKept() {
        Simulation run = run(
                STRICT,
                "process.on('exit', (c) => { console.log('exit ' + c); process.exitCode = 9; throw new Error('x'); });\n"
                        + "Promise.reject(new Error('fatal'));\n");

        assertThat(run.stdout()).isEqualTo("exit 1\n");
        assertThat(run.stderr()).startsWith("FILE:2\n").contains("\nError: fatal\n");
        assertThat(run.exitCode()).isEqualTo(9);
    }

    /** A run of {@code script} as the main module {@code FILE}, as {@code node --unhandled-rejections=MODE}. */
    private static Simulation run(UnhandledRejectionsMode mode, String script) {
        return Simulation.run(
                "FILE", script, ChoiceSource.defaults(), NodeOptions.DEFAULTS.withUnhandledRejections(mode));
    }
}
