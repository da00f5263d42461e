// An uncaught assertion failure ends the process with code 1 after the exit event.
const assert = require('assert');
process.on('exit', (code) => console.log('exit', code));
const total = [1, 2, 3].reduce((a, b) => a + b, 0);
console.log('total', total);
setTimeout(() => {
  assert.strictEqual(total, 7, 'total is wrong');
  console.log('not reached');
}, 10);
