exports.fromA = 'a, before requiring b';
const b = require('./modules-cycle-b');
console.log('a sees b finished:', b.done);
exports.done = true;
