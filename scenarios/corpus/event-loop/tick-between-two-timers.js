// Between two timers of one list, the first timer's nextTicks and microtasks run.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('tick from timer 1'));
  Promise.resolve().then(() => console.log('promise from timer 1'));
}, 10);
setTimeout(() => {
  console.log('timer 2');
  process.nextTick(() => console.log('tick from timer 2'));
}, 10);
