// A failing deepStrictEqual inside a promise job is an unhandled rejection: exit code 1.
const assert = require('assert/strict');
process.on('exit', (code) => console.log('exit', code));
Promise.resolve({ a: 1 }).then((v) => {
  console.log('checking');
  assert.deepStrictEqual(v, { a: 2 });
});
