// Built-in modules import like CommonJS ones: default is the exports object, named exports its properties.
import timers from 'node:timers';
import { setTimeout as later, setImmediate } from 'timers';
console.log(typeof timers.setTimeout, later === timers.setTimeout, later === globalThis.setTimeout);
later(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
