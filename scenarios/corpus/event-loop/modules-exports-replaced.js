// module.exports = ... replaces what require returns; writes to the old exports object are lost.
const greet = require('./lib/modules-replace');
console.log(typeof greet, greet('node'), greet.extra, greet.lost);
