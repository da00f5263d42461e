// AssertionError messages, recorded from node, for the common assertions.
const assert = require('assert');
function show(f) {
  try {
    f();
    console.log('no throw');
  } catch (e) {
    console.log(JSON.stringify(e.message));
    console.log(' ', e.name, e.code, e.operator, e.generatedMessage, e instanceof assert.AssertionError);
  }
}
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('a', 'b', 'custom message'));
show(() => assert.strictEqual(1, 2, new TypeError('an error as the message')));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual(undefined, null));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual([1], [2]));
show(() => assert.equal(1, 2));
show(() => assert.equal(1, '1'));
show(() => assert.notEqual(1, 1));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual({}, {}));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.deepEqual({ a: 1 }, { a: '1' }));
show(() => assert.notDeepEqual([1], [1]));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.ok(0));
show(() => assert(null, 'explained'));
show(() => assert.fail());
show(() => assert.fail('boom'));
show(() => assert.match('abc', /x/));
show(() => assert.doesNotMatch('abc', /b/));
show(() => assert.ifError(new Error('x')));
show(() => assert.ifError(null));
