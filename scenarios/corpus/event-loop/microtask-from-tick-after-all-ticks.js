// A microtask queued from a nextTick waits until every queued nextTick has run.
process.nextTick(() => {
  console.log('tick 1');
  Promise.resolve().then(() => console.log('promise from tick 1'));
  process.nextTick(() => console.log('tick 1.1'));
});
process.nextTick(() => {
  console.log('tick 2');
  queueMicrotask(() => console.log('microtask from tick 2'));
});
