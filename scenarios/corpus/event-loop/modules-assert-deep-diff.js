// deepStrictEqual's "+ actual - expected" diff for small objects and arrays (keys sorted, as node).
const assert = require('assert');
function show(f) {
  try {
    f();
    console.log('equal');
  } catch (e) {
    console.log(e.message);
    console.log('---');
  }
}
show(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.deepStrictEqual({ b: 1, a: 2 }, { a: 2, b: 3 }));
show(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show(() => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1 }));
show(() => assert.deepStrictEqual(1, '1'));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom header'));
show(() => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'a']])));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([2, 1])));
show(() => assert.deepStrictEqual([{ id: 1, tags: ['x'] }], [{ id: 1, tags: ['x'] }]));
show(() => assert.deepStrictEqual(Object.create(null), {}));
show(() => assert.deepEqual(Object.create(null), {}));
