// From a timer, immediates come first even when several timers with 0 ms delay are queued.
setTimeout(() => {
  setTimeout(() => console.log('timeout A'), 0);
  setImmediate(() => console.log('immediate A'));
  setTimeout(() => console.log('timeout B'), 0);
  setImmediate(() => console.log('immediate B'));
}, 1);
