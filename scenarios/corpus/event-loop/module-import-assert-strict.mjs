// import of 'assert/strict' and 'node:assert': strict equal rejects 1 vs '1'; rejects awaits.
import strict from 'assert/strict';
import assert from 'node:assert';
assert.equal(1, '1');
try {
  strict.equal(1, '1');
} catch (e) {
  console.log('strict:', e.code);
}
await strict.rejects(Promise.reject(new Error('x')), /x/);
console.log('rejects passed');
