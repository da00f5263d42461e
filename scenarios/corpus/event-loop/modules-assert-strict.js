// assert/strict: equal and deepEqual are the strict versions.
const assert = require('assert/strict');
console.log(assert.equal === assert.strictEqual, assert.deepEqual === assert.deepStrictEqual, assert.strict === assert);
try {
  assert.equal(1, '1');
} catch (e) {
  console.log(e.message);
}
try {
  assert.deepEqual({ a: 1 }, { a: '1' });
} catch (e) {
  console.log(e.message);
}
assert(true);
assert.ok(1);
console.log(Object.keys(require('assert')));
