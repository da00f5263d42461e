// require('timers').promises is the same object as require('timers/promises').
const timers = require('timers');
console.log('same object:', timers.promises === require('timers/promises'));
timers.promises.setTimeout(5, 'done').then(console.log);
