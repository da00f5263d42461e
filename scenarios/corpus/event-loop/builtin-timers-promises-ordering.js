// Promise timers follow the same phases: from a timer, the immediate promise resolves before a 0 ms timeout.
const tp = require('timers/promises');
setTimeout(() => {
  tp.setTimeout(0).then(() => console.log('promise timeout 0'));
  tp.setImmediate().then(() => console.log('promise immediate'));
  process.nextTick(() => console.log('tick'));
}, 1);
