// Passing assertions return undefined and let the script go on.
const assert = require('assert');
assert(true);
assert.ok(1);
assert.equal(1, '1');
assert.strictEqual(NaN, NaN);
assert.notStrictEqual(1, '1');
assert.deepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] });
console.log('all passed, ok returns', assert.ok(true));
