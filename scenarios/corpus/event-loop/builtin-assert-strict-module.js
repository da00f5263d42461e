// assert/strict makes equal strict: equal(1, '1') fails there but passes in plain assert.
const loose = require('assert');
const strict = require('assert/strict');
loose.equal(1, '1');
console.log('loose equal passed');
try {
  strict.equal(1, '1');
} catch (e) {
  console.log('strict equal failed:', e.code, e.operator);
}
console.log('same as assert.strict:', strict === loose.strict);
