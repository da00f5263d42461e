package dev.loopsim.loop;

import dev.loopsim.js.value.JsObject;
import dev.loopsim.js.vm.HostHooks;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Node's event loop on a virtual clock (REPORT.md §A.2, §A.4): the nextTick queue and V8's microtask
 * queue drained by processTicksAndRejections, timer lists ordered by (expiry, id), immediates, and the
 * timers → poll → check phases. Nothing waits in real time: when the loop is idle the clock jumps to the
 * next due timer.
 */
public final class EventLoop implements HostHooks {

    /** What the host does when V8 reports a rejection nobody handled in time. */
    public interface RejectionHandler {
        /** Called once per still-unhandled rejection when the queues are empty; true if it did anything. */
        boolean unhandled(JsObject promise);
    }

    /** A timer: one entry of a timer list (lib/internal/timers.js Timeout). */
    public static final class Timer {
        final Runnable callback;
        final long msecs;
        final boolean repeat;
        long idleStart;
        boolean destroyed;
        /** Whether the timer keeps the loop alive (Timeout.ref/unref). */
        public boolean ref = true;

        TimerList list;

        Timer(Runnable callback, long msecs, boolean repeat) {
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
        final Runnable callback;
        boolean destroyed;
        /** Whether the immediate keeps the loop alive. */
        public boolean ref = true;

        Immediate(Runnable callback) {
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
    private long now;
    private long callbacks;
    private long nextListId;
    private final ArrayDeque<Runnable> microtasks = new ArrayDeque<>();
    private final ArrayDeque<Runnable> ticks = new ArrayDeque<>();
    private boolean tickScheduled;
    private boolean hasRejectionToWarn;
    private final Map<JsObject, Boolean> pendingRejections = new LinkedHashMap<>();
    private final PriorityQueue<TimerList> timerQueue = new PriorityQueue<>(
            (a, b) -> a.expiry != b.expiry ? Long.compare(a.expiry, b.expiry) : Long.compare(a.id, b.id));
    private final Map<Long, TimerList> timerLists = new LinkedHashMap<>();
    private ArrayDeque<Immediate> immediates = new ArrayDeque<>();
    private RejectionHandler rejectionHandler = promise -> false;

    public EventLoop(Choices choices) {
        this.choices = choices;
    }

    /** The virtual clock, in milliseconds since the loop started. */
    public long now() {
        return now;
    }

    public void setRejectionHandler(RejectionHandler handler) {
        this.rejectionHandler = handler;
    }

    // ---- the engine's hooks ------------------------------------------------------------------------

    @Override
    public void enqueueJob(JobKind kind, Runnable job) {
        microtasks.add(job);
    }

    /** lib/internal/process/promises.js: reject marks the promise pending; a late handler unmarks it. */
    @Override
    public void promiseRejectionTracker(JsObject promise, boolean handled) {
        if (handled) {
            pendingRejections.remove(promise);
        } else {
            pendingRejections.put(promise, Boolean.TRUE);
            hasRejectionToWarn = true;
        }
    }

    // ---- queues and their drain (§A.2) -------------------------------------------------------------

    /** process.nextTick: a tick pushed onto an empty queue schedules processTicksAndRejections. */
    public void nextTick(Runnable callback) {
        if (ticks.isEmpty()) {
            tickScheduled = true;
        }
        ticks.add(callback);
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
        if (++callbacks > MAX_CALLBACKS) {
            throw new LimitExceeded(now);
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

    /** What InternalCallbackScope::Close does after a macrotask: the drain. */
    public void drain() {
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

    /** processPromiseRejections: each rejection still unhandled now goes to the host's handler. */
    private boolean processPromiseRejections() {
        boolean did = false;
        while (!pendingRejections.isEmpty()) {
            JsObject promise = pendingRejections.keySet().iterator().next();
            pendingRejections.remove(promise);
            did |= rejectionHandler.unhandled(promise);
        }
        return did;
    }

    // ---- timers and immediates ---------------------------------------------------------------------

    /** setTimeout/setInterval: {@code after} already coerced to 1 … 2³¹−1. */
    public Timer addTimer(Runnable callback, double after, boolean repeat) {
        Timer timer = new Timer(callback, (long) after, repeat);
        insert(timer, now);
        return timer;
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
        timer.destroyed = true;
        if (timer.list != null) {
            timer.list.timers.remove(timer);
            timer.list = null;
        }
    }

    /** Timeout.refresh(): the timer starts again from now, at the end of its list. */
    public void refreshTimer(Timer timer) {
        if (timer.destroyed) {
            return;
        }
        timer.list.timers.remove(timer);
        insert(timer, now);
    }

    public Immediate addImmediate(Runnable callback) {
        Immediate immediate = new Immediate(callback);
        immediates.add(immediate);
        return immediate;
    }

    public void clearImmediate(Immediate immediate) {
        immediate.destroyed = true;
        immediates.remove(immediate);
    }

    /** lib/internal/timers.js processTimers + listOnTimeout, with runNextTicks between callbacks. */
    void processTimers() {
        boolean ranList = false;
        TimerList list;
        while ((list = timerQueue.peek()) != null && list.expiry <= now) {
            if (ranList) {
                runNextTicks();
            }
            ranList = true;
            listOnTimeout(list);
        }
    }

    private void listOnTimeout(TimerList list) {
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
            long start = now;
            if (!timer.repeat) {
                timer.destroyed = true;
            }
            timer.callback.run();
            if (timer.repeat && !timer.destroyed) {
                insert(timer, start);
            }
        }
        if (list.timers.isEmpty() && timerLists.get(list.msecs) == list) {
            timerQueue.remove(list);
            timerLists.remove(list.msecs);
        }
    }

    /** lib/internal/timers.js processImmediate: this iteration's batch; new ones wait for the next. */
    void processImmediates() {
        ArrayDeque<Immediate> batch = immediates;
        immediates = new ArrayDeque<>();
        boolean ran = false;
        for (Immediate immediate : batch) {
            if (immediate.destroyed) {
                continue;
            }
            if (ran) {
                runNextTicks();
            }
            ran = true;
            count();
            immediate.destroyed = true;
            immediate.callback.run();
        }
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
            if (i.ref) {
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
        // Whether ≥ 1 ms passed between the main script and the first timers phase: Node's chance.
        now += choices.choose("main-script-elapsed-ms", 2);
        while (true) {
            while (hasRefedTimers() || hasRefedImmediates()) {
                processTimers();
                drain();
                if (immediates.isEmpty()) {
                    advanceToNextTimer();
                } else {
                    processImmediates();
                    drain();
                }
            }
            beforeExit.run();
            drain();
            if (!hasRefedTimers() && !hasRefedImmediates()) {
                return;
            }
        }
    }

    /**
     * The poll phase with nothing to do: wait (in virtual time) until the earliest timer is due. Only
     * ref'd timers keep the loop alive, but while it is alive an unref'd one still fires on time.
     */
    private void advanceToNextTimer() {
        TimerList first = timerQueue.peek();
        if (first != null && first.expiry > now) {
            now = first.expiry;
        }
    }
}
