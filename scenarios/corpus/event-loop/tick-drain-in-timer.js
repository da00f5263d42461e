// Inside a timer callback, the callback's nextTicks run before its promise jobs, and both before the next phase.
setTimeout(() => {
  Promise.resolve().then(() => console.log('promise in timer'));
  process.nextTick(() => console.log('tick in timer'));
  setImmediate(() => console.log('immediate from timer'));
  console.log('timer body');
}, 5);
