// At a natural exit, ticks, timers and immediates scheduled in an 'exit' listener never run, but its promise jobs do.
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('tick (never)'));
  Promise.resolve().then(() => console.log('promise from exit listener'));
  queueMicrotask(() => console.log('queueMicrotask from exit listener'));
  setTimeout(() => console.log('timer (never)'), 0);
  setImmediate(() => console.log('immediate (never)'));
  console.log('exit listener end');
});
