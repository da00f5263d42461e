// Between two timer lists due in the same timers phase, the first list's ticks and microtasks run.
setTimeout(() => {
  console.log('list 10 ms');
  process.nextTick(() => console.log('tick from 10 ms'));
}, 10);
setTimeout(() => {
  console.log('list 5 ms');
  queueMicrotask(() => console.log('microtask from 5 ms'));
  process.nextTick(() => console.log('tick from 5 ms'));
}, 5);
const end = Date.now() + 30;
while (Date.now() < end); // both lists are overdue when the loop starts
