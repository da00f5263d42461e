// A nextTick queued from a microtask runs only after the whole microtask queue is empty.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise 1.1'));
});
Promise.resolve().then(() => console.log('promise 2'));
queueMicrotask(() => console.log('microtask 3'));
