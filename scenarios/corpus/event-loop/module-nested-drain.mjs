// In a module, microtasks queued by microtasks still run before the body's nextTick; ticks from ticks follow.
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 1.1'));
  Promise.resolve().then(() => console.log('promise from tick 1'));
});
Promise.resolve().then(() => {
  console.log('promise 1');
  Promise.resolve().then(() => console.log('promise 1.1'));
});
