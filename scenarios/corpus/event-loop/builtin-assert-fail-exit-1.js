// A failing assert.strictEqual throws an AssertionError: uncaught, exit code 1.
const assert = require('assert');
process.on('exit', (code) => console.log('exit', code));
console.log('before');
setTimeout(() => {
  assert.strictEqual(1 + 1, 3);
  console.log('never');
}, 1);
