// assert.throws passes when the function throws a matching error and fails when it does not throw.
const assert = require('assert');
assert.throws(() => { throw new TypeError('bad'); }, TypeError);
assert.throws(() => { throw new Error('wrong value'); }, /wrong/);
assert.throws(() => { throw new RangeError('r'); }, { name: 'RangeError', message: 'r' });
console.log('three throws passed');
try {
  assert.throws(() => {});
} catch (e) {
  console.log(e.code, JSON.stringify(e.message));
}
