const a = require('./modules-cycle-a');
console.log('b sees the partial a:', a);
exports.done = true;
