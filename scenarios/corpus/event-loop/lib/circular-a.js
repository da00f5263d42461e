// Helper for require-circular.js: requires circular-b while half-initialised.
exports.name = 'a';
exports.done = false;
const b = require('./circular-b.js');
console.log('in a, b.done =', b.done);
exports.done = true;
