// A required module's nextTicks, promise jobs and timers join the main script's queues.
process.nextTick(() => console.log('nextTick from main'));
require('./lib/modules-timer-module');
Promise.resolve().then(() => console.log('promise from main'));
setTimeout(() => console.log('timer from main'), 0);
console.log('main body ends');
