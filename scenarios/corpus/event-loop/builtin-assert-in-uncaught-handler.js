// An AssertionError thrown in a timer reaches the uncaughtException listener like any error.
const assert = require('assert');
process.on('uncaughtException', (e, origin) => console.log(origin, e.name, e.code));
setTimeout(() => assert.ok(false), 1);
setTimeout(() => console.log('next timer still runs'), 5);
