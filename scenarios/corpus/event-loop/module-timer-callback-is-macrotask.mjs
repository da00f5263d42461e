// Inside a timer callback, even in an ES module, nextTicks run before promise jobs again.
setTimeout(() => {
  Promise.resolve().then(() => console.log('promise in timer'));
  process.nextTick(() => console.log('tick in timer'));
}, 1);
Promise.resolve().then(() => console.log('promise in body'));
process.nextTick(() => console.log('tick in body'));
