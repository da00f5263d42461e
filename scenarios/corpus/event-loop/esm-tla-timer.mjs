// After awaiting a timer, the module continues in a microtask of the timer's drain: promises before ticks.
const log = (s) => console.log(s);
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('promise 1'));
await new Promise((resolve) => setTimeout(resolve, 5));
log('after timer');
process.nextTick(() => log('tick 2'));
Promise.resolve().then(() => log('promise 2'));
setImmediate(() => log('immediate'));
setTimeout(() => log('timeout'), 0);
