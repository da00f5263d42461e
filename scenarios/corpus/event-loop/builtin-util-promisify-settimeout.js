// util.promisify(setTimeout) uses the custom promisified form: it resolves with the value after the delay.
const { promisify } = require('node:util');
const timersPromises = require('timers/promises');
const sleep = promisify(setTimeout);
console.log('same as timers/promises:', sleep === timersPromises.setTimeout);
sleep(50, 'slept 50 ms').then((v) => console.log(v));
promisify(setImmediate)('immediate value').then((v) => console.log(v));
