// require('timers') exposes the same timer functions as the globals.
const timers = require('timers');
console.log('same setTimeout:', timers.setTimeout === setTimeout);
console.log('same setImmediate:', timers.setImmediate === setImmediate);
console.log('same clearInterval:', timers.clearInterval === clearInterval);
timers.setTimeout(() => console.log('timers.setTimeout fired'), 50);
timers.setImmediate(() => console.log('timers.setImmediate fired'));
const t = timers.setTimeout(() => console.log('never'), 1);
timers.clearTimeout(t);
