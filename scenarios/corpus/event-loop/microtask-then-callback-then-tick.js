// Inside a .then callback, promise jobs it queues run before the nextTicks it queues.
Promise.resolve().then(() => {
  process.nextTick(() => console.log('tick 1'));
  Promise.resolve().then(() => console.log('promise 1'))
    .then(() => console.log('promise 2'))
    .then(() => console.log('promise 3'));
  console.log('in then');
});
