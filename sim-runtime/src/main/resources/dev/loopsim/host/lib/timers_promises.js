'use strict';
// node:timers/promises — each promise is resolved by the timer's (or immediate's) own callback, as in
// Node, so awaiting code resumes one promise job after the callback ran, in the same macrotask.

const { timers, invalidArgType } = internalBinding;
const { nodeError } = require('internal/errors');

function abortError(signal) {
  const err = nodeError(Error, 'ABORT_ERR', 'The operation was aborted', 'AbortError');
  if (signal !== undefined && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

function checkOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'object', options);
  }
  const { signal, ref = true } = options;
  if (typeof ref !== 'boolean') {
    throw invalidArgType('options.ref', 'boolean', ref);
  }
  return { signal, ref };
}

// An abortable wait: the signal's abort event clears the handle and rejects.
function abortable(signal, promise, clear, reject) {
  if (signal === undefined || typeof signal.addEventListener !== 'function') return promise;
  const onCancel = () => {
    clear();
    reject(abortError(signal));
  };
  signal.addEventListener('abort', onCancel, { once: true });
  return promise.finally(() => signal.removeEventListener('abort', onCancel));
}

// The promise of one timer or immediate: settled by it, rejected when its signal aborts.
function scheduled(options, schedule, cancel) {
  let checked;
  try {
    checked = checkOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = checked;
  if (signal !== undefined && signal.aborted) return Promise.reject(abortError(signal));
  let handle;
  let rejectIt;
  const promise = new Promise((resolve, reject) => {
    rejectIt = reject;
    handle = schedule(resolve);
    if (!ref) handle.unref();
  });
  return abortable(signal, promise, () => cancel(handle), rejectIt);
}

// timers/promises.setTimeout(delay, value, { signal, ref }).
function setTimeout(after, value, options = {}) {
  return scheduled(options, (resolve) => timers.setTimeout(resolve, after, value), timers.clearTimeout);
}

// timers/promises.setImmediate(value, { signal, ref }).
function setImmediate(value, options = {}) {
  return scheduled(options, (resolve) => timers.setImmediate(resolve, value), timers.clearImmediate);
}

// timers/promises.setInterval(delay, value): an async generator that yields value once per firing,
// counting the firings nobody has consumed yet, and clears the interval when the loop ends.
async function* setInterval(after, value, options = {}) {
  const { signal, ref } = checkOptions(options);
  if (signal !== undefined && signal.aborted) throw abortError(signal);
  let notYielded = 0;
  let callback;
  const interval = timers.setInterval(() => {
    notYielded++;
    if (callback) {
      callback();
      callback = undefined;
    }
  }, after);
  if (!ref) interval.unref();
  let onCancel;
  if (signal !== undefined && typeof signal.addEventListener === 'function') {
    onCancel = () => {
      timers.clearInterval(interval);
      if (callback) {
        callback(Promise.reject(abortError(signal)));
        callback = undefined;
      }
    };
    signal.addEventListener('abort', onCancel, { once: true });
  }
  try {
    while (!(signal !== undefined && signal.aborted)) {
      if (notYielded === 0) {
        await new Promise((resolve) => callback = resolve);
      }
      for (; notYielded > 0; notYielded--) {
        yield value;
      }
    }
    throw abortError(signal);
  } finally {
    timers.clearInterval(interval);
    if (onCancel !== undefined) signal.removeEventListener('abort', onCancel);
  }
}

// The scheduler API (timers/promises.scheduler): wait is setTimeout without a value, yield an immediate.
class Scheduler {
  yield() {
    return setImmediate();
  }

  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(),
};
