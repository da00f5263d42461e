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

    /** ECMA-262 §9.5.5 HostEnqueuePromiseJob. */
    void enqueueJob(JobKind kind, Runnable job);

    /** ECMA-262 §27.2.1.9 HostPromiseRejectionTracker: {@code handled} is false for "reject", true for "handle". */
    void promiseRejectionTracker(JsObject promise, boolean handled);
}
