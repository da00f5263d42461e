// require('node:timers') is the same module object as require('timers').
const a = require('node:timers');
const b = require('timers');
console.log('same module:', a === b);
a.setTimeout((x) => console.log('fired with', x), 1, 'arg');
