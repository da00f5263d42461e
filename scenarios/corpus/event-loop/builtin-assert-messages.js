// AssertionError messages are worded like Node's.
const assert = require('assert');
const tries = [
  () => assert.strictEqual(1, 2),
  () => assert.notStrictEqual(1, 1),
  () => assert.equal('a', 'b'),
  () => assert.fail('explicit failure'),
  () => assert.fail(),
];
for (const t of tries) {
  try {
    t();
  } catch (e) {
    console.log(JSON.stringify(e.message));
  }
}
