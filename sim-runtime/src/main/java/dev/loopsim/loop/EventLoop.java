package dev.loopsim.loop;

import dev.loopsim.io.LatencyModel;
import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.value.JsPromise;
import dev.loopsim.js.vm.HostHooks;
import dev.loopsim.js.vm.JsThrow;
import dev.loopsim.trace.TraceEvent.Kind;
import dev.loopsim.trace.Tracer;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.CancellationException;

/**
 * Node's event loop on a virtual clock (REPORT.md §A.2, §A.4): the nextTick queue and V8's microtask
 * queue drained by processTicksAndRejections, timer lists ordered by (expiry, id), immediates, and the
 * timers → poll → check phases. Nothing waits in real time: when the loop is idle the clock jumps to the
 * next due timer.
 */
public final class EventLoop implements HostHooks {

    /**
     * The host's bookkeeping of rejections (Node's promise reject callback, lib/internal/process/promises.js):
     * told of every rejection without a handler and every late handler, asked when the queues are empty.
     */
    public interface PromiseRejectCallback {
        /** promiseRejectHandler: {@code handled} false for kPromiseRejectWithNoHandler, true for a late handler. */
        void promiseRejectHandler(JsObject promise, boolean handled);

        /** processPromiseRejections: true if it ran user code or queued work, so the queues drain again. */
        boolean processPromiseRejections();
    }

    /** A timer: one entry of a timer list (lib/internal/timers.js Timeout). */
    public static final class Timer {
        /** The timer's number in this run, from 1 (the trace's id, and the Timeout's primitive value). */
        public final long id;

        final Runnable callback;
        final long msecs;
        final boolean repeat;
        long idleStart;
        /** Fired (a timeout) or cleared: not in any list. */
        boolean destroyed;
        /** Cleared (lib/timers.js unenroll sets _idleTimeout to -1): refresh() no longer revives it. */
        boolean cleared;
        /** Whether the timer keeps the loop alive (Timeout.ref/unref). */
        public boolean ref = true;

        TimerList list;

        Timer(long id, Runnable callback, long msecs, boolean repeat) {
            this.id = id;
            this.callback = callback;
            this.msecs = msecs;
            this.repeat = repeat;
        }

        public boolean hasRef() {
            return ref;
        }
    }

    /** All timers of one duration, in insertion order, due at {@code expiry}; ordered by (expiry, id). */
    static final class TimerList {
        final long msecs;
        long expiry;
        long id;
        final ArrayDeque<Timer> timers = new ArrayDeque<>();

        TimerList(long msecs) {
            this.msecs = msecs;
        }
    }

    /** An immediate (lib/internal/timers.js Immediate). */
    public static final class Immediate {
        final long id;
        final Runnable callback;
        boolean destroyed;
        /** Whether the immediate keeps the loop alive. */
        public boolean ref = true;

        Immediate(long id, Runnable callback) {
            this.id = id;
            this.callback = callback;
        }
    }

    /**
     * Callbacks one run may execute (ticks, jobs, timers, immediates). A loop that never ends in Node
     * (an interval never cleared, an endless promise chain) stops here instead of running forever.
     */
    public static final long MAX_CALLBACKS = 50_000_000;

    /** The run went past {@link #MAX_CALLBACKS}. */
    public static final class LimitExceeded extends RuntimeException {
        LimitExceeded(long now) {
            super(
                    "stopped after " + MAX_CALLBACKS + " callbacks at virtual time " + now
                            + " ms: the script never lets the event loop finish",
                    null,
                    false,
                    false);
        }
    }

    private final Choices choices;
    private final Tracer tracer = new Tracer(() -> this.micros, () -> this.phase);
    private String phase = "main";
    private long nextTimerId;
    private long nextImmediateId;
    private long nextTickId;
    /** The virtual clock in microseconds; Node's timers see whole milliseconds of it. */
    private long micros;

    private long callbacks;
    private long nextListId;
    private final ArrayDeque<Runnable> microtasks = new ArrayDeque<>();
    private final ArrayDeque<Runnable> ticks = new ArrayDeque<>();
    private boolean tickScheduled;
    private boolean hasRejectionToWarn;
    private final PriorityQueue<TimerList> timerQueue = new PriorityQueue<>(
            (a, b) -> a.expiry != b.expiry ? Long.compare(a.expiry, b.expiry) : Long.compare(a.id, b.id));
    private final Map<Long, TimerList> timerLists = new LinkedHashMap<>();
    private ArrayDeque<Immediate> immediates = new ArrayDeque<>();
    /** processImmediate's outstandingQueue: the rest of a batch a throwing immediate cut short. */
    private ArrayDeque<Immediate> outstanding = new ArrayDeque<>();
    /** I/O under way, by (completion time, start order): the poll phase runs each one once it is due. */
    private final PriorityQueue<IoRequest> ioRequests = new PriorityQueue<>(
            (a, b) -> a.dueMs != b.dueMs ? Long.compare(a.dueMs, b.dueMs) : Long.compare(a.id, b.id));

    private long nextIoId;

    /** One fake I/O request: started at some time, due {@code latency} ms later, its callback a macrotask. */
    private record IoRequest(long id, long dueMs, String what, Runnable callback, boolean traced) {}

    private PromiseRejectCallback rejections = new PromiseRejectCallback() {
        @Override
        public void promiseRejectHandler(JsObject promise, boolean handled) {}

        @Override
        public boolean processPromiseRejections() {
            return false;
        }
    };
    private java.util.function.Consumer<JsThrow> uncaughtHandler = e -> {
        throw e;
    };

    public EventLoop(Choices choices) {
        this.choices = choices;
    }

    /** The virtual clock, in whole milliseconds since the loop started (libuv's loop time). */
    public long now() {
        return micros / 1000;
    }

    /** The virtual clock in microseconds: performance.now() and process.hrtime() resolution. */
    public long micros() {
        return micros;
    }

    /**
     * A script reads the clock (Date.now(), performance.now(), hrtime, or a timer being created, which
     * updates libuv's time): that costs {@link #CLOCK_READ_COST_MICROS}, so code that spins on the clock
     * until a deadline reaches it, as it does on a real machine, instead of spinning forever.
     */
    public long readClockMicros() {
        micros += CLOCK_READ_COST_MICROS;
        return micros;
    }

    /**
     * The virtual cost model of synchronous code: it is free, except that every callback the loop runs
     * (a macrotask, a nextTick, a microtask) and every read of the clock costs a microsecond. So a chain
     * of a million microtasks delays a due timer by about a second, and a busy-wait on Date.now() ends.
     */
    public static final long CALLBACK_COST_MICROS = 1;

    /** See {@link #CALLBACK_COST_MICROS}. */
    public static final long CLOCK_READ_COST_MICROS = 1;

    /** Asks the run's choice source, and traces the answer. */
    public int choose(ChoicePoint point) {
        int outcome = choices.choose(point);
        tracer.emit(Kind.CHOICE, 0, point.name() + "=" + point.outcomes().get(outcome));
        return outcome;
    }

    /**
     * A latency or failure draw for fake I/O, through the run's choice source; a {@code choice(…)}
     * latency is a choice point, traced as one.
     */
    public long draw(Draw draw) {
        if (draw instanceof Draw.Latency l && l.model() instanceof LatencyModel.Choice c) {
            return c.values().get(choose(ChoicePoint.latency(l.target(), c.values())));
        }
        return choices.draw(draw);
    }

    /** The run's trace: add a sink to it before the run starts to record every step. */
    public Tracer tracer() {
        return tracer;
    }

    /** The phase the loop is in, as the trace names it: main, timers, poll, check, before-exit, exit. */
    public String phase() {
        return phase;
    }

    /** The host enters a phase of its own: the exit, or a before-exit round. */
    public void enterPhase(String phase) {
        this.phase = phase;
    }

    /** task_queue's setPromiseRejectCallback. */
    public void setPromiseRejectCallback(PromiseRejectCallback callback) {
        this.rejections = callback;
    }

    /** tickInfo[kHasRejectionToWarn]: makes the next drain (or runNextTicks) process rejections. */
    public void setHasRejectionToWarn(boolean value) {
        hasRejectionToWarn = value;
    }

    /**
     * Who hears an exception that escaped a callback: Node's TriggerUncaughtException. It either ends the
     * process (by throwing out of the loop) or returns, and then the phase the exception cut short goes
     * on as Node's C++ goes on: the drain is abandoned, the timers phase calls processTimers again, the
     * check phase leaves the rest of its batch for the next iteration.
     */
    public void setUncaughtHandler(java.util.function.Consumer<JsThrow> handler) {
        this.uncaughtHandler = handler;
    }

    /** Runs one of Node's C++ entries into JavaScript; an exception goes to the uncaught handler. */
    private void callIntoJs(Runnable entry) {
        try {
            entry.run();
        } catch (JsThrow uncaught) {
            uncaughtHandler.accept(uncaught);
        }
    }

    // ---- the engine's hooks ------------------------------------------------------------------------

    @Override
    public void enqueueJob(JobKind kind, JsObject subject, Runnable job) {
        if (!tracer.on()) {
            microtasks.add(job);
            return;
        }
        long id = subject instanceof JsPromise p ? p.traceId : 0;
        String what = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        microtasks.add(() -> {
            tracer.emit(Kind.MICROTASK_RUN, id, what);
            job.run();
        });
    }

    @Override
    public void promiseCreated(JsObject promise) {
        if (tracer.on()) {
            ((JsPromise) promise).traceId = tracer.nextPromiseId();
            tracer.emit(Kind.PROMISE_CREATED, ((JsPromise) promise).traceId, null);
        }
    }

    @Override
    public void promiseSettled(JsObject promise) {
        if (tracer.on()) {
            JsPromise p = (JsPromise) promise;
            tracer.emit(
                    Kind.PROMISE_SETTLED, p.traceId, p.state == JsPromise.State.FULFILLED ? "fulfilled" : "rejected");
        }
    }

    @Override
    public void awaitSuspended(String function, JsObject awaited) {
        if (tracer.on()) {
            tracer.emit(Kind.AWAIT_SUSPENDED, ((JsPromise) awaited).traceId, function);
        }
    }

    @Override
    public void awaitResumed(String function, JsObject awaited) {
        if (tracer.on()) {
            tracer.emit(Kind.AWAIT_RESUMED, ((JsPromise) awaited).traceId, function);
        }
    }

    /** src/node_task_queue.cc PromiseRejectCallback: V8's report goes to the host's bookkeeping. */
    @Override
    public void promiseRejectionTracker(JsObject promise, boolean handled) {
        rejections.promiseRejectHandler(promise, handled);
    }

    // ---- queues and their drain (§A.2) -------------------------------------------------------------

    /** process.nextTick: a tick pushed onto an empty queue schedules processTicksAndRejections. */
    public void nextTick(String name, Runnable callback) {
        if (ticks.isEmpty()) {
            tickScheduled = true;
        }
        if (!tracer.on()) {
            ticks.add(callback);
            return;
        }
        long id = ++nextTickId;
        tracer.emit(Kind.TICK_QUEUED, id, name);
        ticks.add(() -> {
            tracer.emit(Kind.TICK_RUN, id, name);
            callback.run();
        });
    }

    /** V8's microtask checkpoint: runs until the queue is empty, including jobs queued meanwhile. */
    void runMicrotasks() {
        Runnable job;
        while ((job = microtasks.poll()) != null) {
            count();
            job.run();
        }
    }

    private void count() {
        micros += CALLBACK_COST_MICROS;
        if (++callbacks > MAX_CALLBACKS) {
            throw new LimitExceeded(now());
        }
        if ((callbacks & 0x3FF) == 0 && Thread.interrupted()) {
            // Whoever waits for this run gave up on it (a wall-clock limit): stop here, not at the limit.
            throw new CancellationException("the run was interrupted (a wall-clock limit)");
        }
    }

    /** lib/internal/process/task_queues.js processTicksAndRejections. */
    void processTicksAndRejections() {
        do {
            Runnable tick;
            while ((tick = ticks.poll()) != null) {
                count();
                tick.run();
            }
            runMicrotasks();
        } while (!ticks.isEmpty() || processPromiseRejections());
        tickScheduled = false;
        hasRejectionToWarn = false;
    }

    /** What InternalCallbackScope::Close does after a macrotask: the drain; a throw abandons it. */
    public void drain() {
        callIntoJs(this::closeCallbackScope);
    }

    private void closeCallbackScope() {
        if (!tickScheduled) {
            runMicrotasks();
        }
        if (!tickScheduled && !hasRejectionToWarn) {
            return;
        }
        processTicksAndRejections();
    }

    /** Between two timers, two timer lists and two immediates (never before the first). */
    void runNextTicks() {
        if (!tickScheduled && !hasRejectionToWarn) {
            runMicrotasks();
        }
        if (!tickScheduled && !hasRejectionToWarn) {
            return;
        }
        processTicksAndRejections();
    }

    /** processPromiseRejections, run by the host's bookkeeping when both queues are empty. */
    private boolean processPromiseRejections() {
        return rejections.processPromiseRejections();
    }

    // ---- timers and immediates ---------------------------------------------------------------------

    /** setTimeout/setInterval: {@code after} already coerced to 1 … 2³¹−1. */
    public Timer addTimer(Runnable callback, double after, boolean repeat) {
        Timer timer = new Timer(++nextTimerId, callback, (long) after, repeat);
        readClockMicros(); // lib/internal/timers.js insert: getLibuvNow() updates the loop time
        if (!timerLists.containsKey(timer.msecs)
                && listExpiringAt(now() + timer.msecs + 1)
                && choose(ChoicePoint.TIMER_MS_BOUNDARY) == 1) {
            micros = (now() + 1) * 1000;
        }
        insert(timer, now());
        tracer.emit(Kind.TIMER_SET, timer.id, (repeat ? "interval " : "") + timer.msecs + " ms");
        return timer;
    }

    private boolean listExpiringAt(long expiry) {
        for (TimerList list : timerQueue) {
            if (list.expiry == expiry) {
                return true;
            }
        }
        return false;
    }

    private void insert(Timer timer, long start) {
        timer.idleStart = start;
        TimerList list = timerLists.get(timer.msecs);
        if (list == null) {
            list = new TimerList(timer.msecs);
            list.expiry = start + timer.msecs;
            list.id = ++nextListId;
            timerLists.put(timer.msecs, list);
            timerQueue.add(list);
        }
        timer.list = list;
        list.timers.add(timer);
    }

    public void clearTimer(Timer timer) {
        if (!timer.destroyed) {
            tracer.emit(Kind.TIMER_CLEARED, timer.id, null);
        }
        timer.destroyed = true;
        timer.cleared = true;
        if (timer.list != null) {
            timer.list.timers.remove(timer);
            timer.list = null;
        }
    }

    /**
     * Timeout.refresh(): the timer starts again from now, at the end of its list; one that already fired
     * is armed again (insertGuarded revives it), one that was cleared stays cleared.
     */
    public void refreshTimer(Timer timer) {
        if (timer.cleared) {
            return;
        }
        if (timer.list != null) {
            timer.list.timers.remove(timer);
        }
        timer.destroyed = false;
        insert(timer, now());
    }

    public Immediate addImmediate(Runnable callback) {
        Immediate immediate = new Immediate(++nextImmediateId, callback);
        immediates.add(immediate);
        tracer.emit(Kind.IMMEDIATE_SET, immediate.id, null);
        return immediate;
    }

    public void clearImmediate(Immediate immediate) {
        if (!immediate.destroyed) {
            tracer.emit(Kind.IMMEDIATE_CLEARED, immediate.id, null);
        }
        immediate.destroyed = true;
        immediates.remove(immediate);
    }

    /**
     * src/env.cc Environment::RunTimers, when the first timer list is due: processTimers(now), called
     * again with the same {@code now} after an exception (so the next timer is not preceded by a drain),
     * then the callback scope's drain.
     */
    void runTimers() {
        TimerList first = timerQueue.peek();
        if (first == null || first.expiry > now()) {
            return;
        }
        long now = now();
        while (true) {
            try {
                processTimers(now);
                break;
            } catch (JsThrow uncaught) {
                uncaughtHandler.accept(uncaught);
            }
        }
        drain();
    }

    /**
     * An I/O request that completes at once: its callback runs in the next poll phase, followed by the
     * drain, like every I/O callback. (Node's ESM loader reads the main module this way.)
     */
    public void addIoCompletion(Runnable callback) {
        ioRequests.add(new IoRequest(++nextIoId, now(), "", callback, false));
    }

    /**
     * Starts a fake I/O request ({@code what}: {@code fetch GET https://…}, {@code readFile /abs/path})
     * that completes {@code latencyMs} from now with {@code outcome} (ok, an HTTP status, network-error,
     * an errno name): traced as io-start now and io-complete when its callback, a poll-phase macrotask,
     * runs. Returns the request's id in the trace.
     */
    public long startIo(String what, long latencyMs, String outcome, Runnable callback) {
        long id = ++nextIoId;
        ioRequests.add(new IoRequest(id, now() + latencyMs, what, callback, true));
        tracer.emit(Kind.IO_START, id, what + " latency=" + latencyMs + " outcome=" + outcome);
        return id;
    }

    /**
     * The poll phase's callbacks: each due I/O request's callback, then the drain. Requests due in the same
     * millisecond run in start order unless the choice point io-same-ms says otherwise.
     */
    private void processIoCompletions() {
        IoRequest request;
        while ((request = nextDueIo()) != null) {
            count();
            IoRequest r = request;
            if (r.traced) {
                tracer.emit(Kind.IO_COMPLETE, r.id, r.what);
            }
            callIntoJs(() -> macrotask("I/O completion", r.callback));
            drain();
        }
    }

    /** The next due request; among several due in the same millisecond, the one io-same-ms picks. */
    private IoRequest nextDueIo() {
        IoRequest first = ioRequests.peek();
        if (first == null || first.dueMs > now()) {
            return null;
        }
        java.util.List<IoRequest> tied = new java.util.ArrayList<>();
        for (IoRequest r : ioRequests) {
            if (r.dueMs == first.dueMs && r.traced) {
                tied.add(r);
            }
        }
        if (tied.size() < 2 || !first.traced) {
            return ioRequests.poll();
        }
        tied.sort((a, b) -> Long.compare(a.id, b.id));
        IoRequest picked = tied.get(choose(ChoicePoint.ioSameMs(tied.size())));
        ioRequests.remove(picked);
        return picked;
    }

    /** When the earliest I/O request is due, or Long.MAX_VALUE when none is under way. */
    private long nextIoDue() {
        IoRequest first = ioRequests.peek();
        return first == null ? Long.MAX_VALUE : first.dueMs;
    }

    /** lib/internal/timers.js processTimers + listOnTimeout, with runNextTicks between callbacks. */
    private void processTimers(long now) {
        boolean ranList = false;
        TimerList list;
        while ((list = timerQueue.peek()) != null && list.expiry <= now) {
            if (ranList) {
                runNextTicks();
            }
            ranList = true;
            listOnTimeout(list, now);
        }
    }

    private void listOnTimeout(TimerList list, long now) {
        boolean ranTimer = false;
        Timer timer;
        while ((timer = list.timers.peek()) != null) {
            if (now - timer.idleStart < list.msecs) {
                timerQueue.remove(list);
                list.expiry = Math.max(timer.idleStart + list.msecs, now + 1);
                list.id = ++nextListId;
                timerQueue.add(list);
                return;
            }
            if (ranTimer) {
                runNextTicks();
            }
            ranTimer = true;
            // As listOnTimeout: remove the timer peeked above; a tick may have cleared it meanwhile.
            list.timers.remove(timer);
            timer.list = null;
            if (timer.destroyed) {
                continue;
            }
            count();
            long start = now(); // an interval restarts from the clock when its callback begins
            if (!timer.repeat) {
                timer.destroyed = true;
            }
            tracer.emit(Kind.TIMER_FIRED, timer.id, null);
            try {
                macrotask("timer #" + timer.id, timer.callback);
            } finally {
                if (timer.repeat && !timer.destroyed) {
                    insert(timer, start); // listOnTimeout's finally: an interval that threw still repeats
                }
            }
        }
        if (list.timers.isEmpty() && timerLists.get(list.msecs) == list) {
            timerQueue.remove(list);
            timerLists.remove(list.msecs);
        }
    }

    /** src/env.cc CheckImmediate: processImmediate, then the callback scope's drain. */
    void checkImmediates() {
        callIntoJs(this::processImmediates);
        drain();
    }

    /**
     * lib/internal/timers.js processImmediate: the batch left over by a throw, else this iteration's
     * batch; immediates added meanwhile wait for the next iteration.
     */
    private void processImmediates() {
        if (outstanding.isEmpty()) {
            outstanding = immediates;
            immediates = new ArrayDeque<>();
        }
        boolean ran = false;
        Immediate immediate;
        while ((immediate = outstanding.poll()) != null) {
            if (ran) {
                runNextTicks();
            }
            ran = true;
            if (immediate.destroyed) {
                continue;
            }
            count();
            immediate.destroyed = true;
            tracer.emit(Kind.IMMEDIATE_RUN, immediate.id, null);
            macrotask("immediate #" + immediate.id, immediate.callback);
        }
    }

    /** Runs one macrotask callback between its start and end events. */
    public void macrotask(String what, Runnable callback) {
        if (!tracer.on()) {
            callback.run();
            return;
        }
        tracer.emit(Kind.MACROTASK_START, 0, what);
        callback.run(); // a process exit unwinds through here: the run ends without this end event
        tracer.emit(Kind.MACROTASK_END, 0, what);
    }

    private boolean hasRefedTimers() {
        for (TimerList list : timerQueue) {
            for (Timer t : list.timers) {
                if (t.ref) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean hasRefedImmediates() {
        for (Immediate i : immediates) {
            if (i.ref && !i.destroyed) {
                return true;
            }
        }
        for (Immediate i : outstanding) {
            if (i.ref && !i.destroyed) {
                return true;
            }
        }
        return false;
    }

    /**
     * uv_run after the main script: timers, poll (no I/O yet: the clock jumps to the next timer when
     * nothing else is ready), check; until nothing keeps the loop alive. {@code beforeExit} may add work.
     */
    public void run(Runnable beforeExit) {
        while (true) {
            while (hasRefedTimers() || hasRefedImmediates() || !ioRequests.isEmpty()) {
                phase = "timers";
                elapseTheMillisecondBeforeATimer();
                runTimers();
                phase = "poll";
                processIoCompletions();
                if (!hasLiveImmediates() && waitForTimerOrIo()) {
                    processIoCompletions();
                }
                if (hasLiveImmediates()) {
                    phase = "check";
                    checkImmediates();
                }
            }
            phase = "before-exit";
            callIntoJs(beforeExit);
            drain();
            if (!hasRefedTimers() && !hasRefedImmediates() && ioRequests.isEmpty()) {
                return;
            }
        }
    }

    /**
     * The poll phase with nothing to do (uv__io_poll with a timeout): wait, in virtual time, until the
     * earliest timer is due or the earliest I/O request completes; true when it was I/O, which then runs
     * in this poll phase (a request due when the timer is completes by the time the poll wakes). Only
     * ref'd timers keep the loop alive, but while it is alive an unref'd one still fires on time.
     */
    private boolean waitForTimerOrIo() {
        TimerList first = timerQueue.peek();
        long timerDue = first == null ? Long.MAX_VALUE : first.expiry;
        long ioDue = nextIoDue();
        long wake = Math.min(timerDue, ioDue);
        if (wake != Long.MAX_VALUE && wake > now()) {
            micros = wake * 1000;
        }
        return ioDue <= timerDue && ioDue != Long.MAX_VALUE;
    }

    /**
     * uv_update_time at the top of an iteration that will not block (immediates wait): in real time a
     * millisecond may or may not have passed, which decides whether a timer due 1 ms from now fires in
     * this iteration's timers phase, before the immediates, or after them.
     */
    private void elapseTheMillisecondBeforeATimer() {
        TimerList first = timerQueue.peek();
        if (first != null
                && first.expiry == now() + 1
                && hasLiveImmediates()
                && choose(ChoicePoint.TIMEOUT_VS_IMMEDIATE) == 1) {
            micros = first.expiry * 1000;
        }
    }

    private boolean hasLiveImmediates() {
        for (Immediate i : immediates) {
            if (!i.destroyed) {
                return true;
            }
        }
        for (Immediate i : outstanding) {
            if (!i.destroyed) {
                return true;
            }
        }
        return false;
    }
}
