// Helper for require-circular.js: sees circular-a's partial exports.
exports.name = 'b';
const a = require('./circular-a.js');
console.log('in b, a.done =', a.done, 'a.name =', a.name);
exports.done = true;
