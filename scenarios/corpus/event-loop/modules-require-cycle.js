// A cycle: b requires a while a is still running, and sees a's exports so far.
const a = require('./lib/modules-cycle-a');
console.log('main sees a:', a);
