// Between two immediates, the first immediate's ticks and microtasks run.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise from immediate 1'));
  process.nextTick(() => console.log('tick from immediate 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  queueMicrotask(() => console.log('microtask from immediate 2'));
});
setImmediate(() => console.log('immediate 3'));
