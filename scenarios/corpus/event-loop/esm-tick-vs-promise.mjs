// An ES module body runs inside a promise job: its promise jobs run before its nextTicks.
process.nextTick(() => console.log('nextTick 1'));
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('queueMicrotask'));
process.nextTick(() => console.log('nextTick 2'));
Promise.resolve().then(() => {
  console.log('promise 2');
  process.nextTick(() => console.log('nextTick from promise 2'));
});
console.log('body');
