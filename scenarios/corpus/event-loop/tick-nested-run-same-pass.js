// A nextTick queued by a nextTick runs in the same pass, before any microtask.
Promise.resolve().then(() => console.log('promise'));
process.nextTick(() => {
  console.log('tick A');
  process.nextTick(() => {
    console.log('tick A.1');
    process.nextTick(() => console.log('tick A.1.1'));
  });
});
process.nextTick(() => console.log('tick B'));
console.log('sync');
