// Work queued by the main script (ticks, microtasks) all runs before the first timer.
setTimeout(() => console.log('timer 1 ms'), 1);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => {
  console.log('promise');
  return new Promise((resolve) => resolve('resolved with value'));
}).then((v) => console.log('then', v));
console.log('main');
