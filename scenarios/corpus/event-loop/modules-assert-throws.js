// throws / doesNotThrow with RegExp, class, object and function validation.
const assert = require('assert');
function show(f) {
  try {
    f();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.operator);
  }
}
const thrower = () => {
  throw new TypeError('wrong type');
};
show(() => assert.throws(thrower));
show(() => assert.throws(thrower, TypeError));
show(() => assert.throws(thrower, /wrong/));
show(() => assert.throws(thrower, { name: 'TypeError', message: 'wrong type' }));
show(() => assert.throws(thrower, { message: /type$/ }));
show(() => assert.throws(thrower, (err) => err instanceof TypeError));
show(() => assert.throws(() => {}));
show(() => assert.throws(() => {}, 'with a message'));
show(() => assert.throws(thrower, RangeError));
show(() => assert.throws(thrower, /nomatch/));
show(() => assert.throws(thrower, { message: 'other' }));
show(() => assert.doesNotThrow(() => 1));
show(() => assert.doesNotThrow(thrower));
show(() => assert.doesNotThrow(thrower, 'context'));
