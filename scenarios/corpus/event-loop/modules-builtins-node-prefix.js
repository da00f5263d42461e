// Built-ins by name and with node:, each one object per process.
const names = ['timers', 'timers/promises', 'events', 'util', 'assert', 'assert/strict'];
for (const name of names) {
  console.log(name, require(name) === require('node:' + name), typeof require(name));
}
const timers = require('timers');
console.log(timers.setTimeout === setTimeout, timers.clearTimeout === clearTimeout,
  timers.setImmediate === setImmediate, timers.setInterval === setInterval);
console.log(timers.promises === require('timers/promises'));
console.log(require('assert').strict === require('assert/strict'), require('events').EventEmitter === require('events'));
console.log(require('process') === process, require.resolve('events'), require.resolve('node:util'));
