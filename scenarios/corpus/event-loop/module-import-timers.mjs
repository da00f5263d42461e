// import from 'timers' and 'node:timers' gives the global timer functions.
import { setTimeout as st, setImmediate as si } from 'timers';
import timers from 'node:timers';
console.log(st === setTimeout, si === setImmediate, timers.clearTimeout === clearTimeout);
st(() => console.log('timeout from import'), 5);
si(() => console.log('immediate from import'));
