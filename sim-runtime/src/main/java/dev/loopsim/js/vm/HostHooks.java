package dev.loopsim.js.vm;

import dev.loopsim.js.value.JsObject;

/**
 * What the ECMAScript engine asks of its host (ECMA-262 §9.5, §27.2.1.9): where promise jobs go and who
 * hears about rejections without handlers. Node's event loop plugs in here; {@link Realm#runJobs()} is
 * the minimal host that simply runs every job to completion.
 */
public interface HostHooks {

    /** The kinds of job, as the trace will name them. */
    enum JobKind {
        PROMISE_REACTION,
        PROMISE_RESOLVE_THENABLE,
        AWAIT_RESUMPTION,
        QUEUE_MICROTASK
    }

    /**
     * ECMA-262 §9.5.5 HostEnqueuePromiseJob. {@code subject} is the promise the job is about (whose
     * reaction it is, which it resolves, or which an await waits on), or null.
     */
    void enqueueJob(JobKind kind, JsObject subject, Runnable job);

    /** A job about no promise in particular (queueMicrotask). */
    default void enqueueJob(JobKind kind, Runnable job) {
        enqueueJob(kind, null, job);
    }

    /** A promise was created (the trace numbers it). */
    default void promiseCreated(JsObject promise) {}

    /** A promise was fulfilled or rejected: its state says which. */
    default void promiseSettled(JsObject promise) {}

    /** An async function or generator named {@code function} suspended at an await on {@code awaited}. */
    default void awaitSuspended(String function, JsObject awaited) {}

    /** It resumed: the await's reaction job runs. */
    default void awaitResumed(String function, JsObject awaited) {}

    /** ECMA-262 §27.2.1.9 HostPromiseRejectionTracker: {@code handled} is false for "reject", true for "handle". */
    void promiseRejectionTracker(JsObject promise, boolean handled);
}
