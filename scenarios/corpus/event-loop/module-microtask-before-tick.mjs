// An ES module body runs inside a job: its promise jobs and queueMicrotask run before its nextTicks.
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('module body');
