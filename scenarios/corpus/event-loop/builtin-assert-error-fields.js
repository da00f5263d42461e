// AssertionError carries name, code, actual, expected and operator.
const assert = require('assert');
try {
  assert.strictEqual(1, 2);
} catch (e) {
  console.log(e.name, e.code, e.actual, e.expected, e.operator, e instanceof assert.AssertionError);
}
try {
  assert.ok(0);
} catch (e) {
  console.log(e.code, e.actual, e.expected, e.operator);
}
try {
  assert.equal(1, 2, 'custom message');
} catch (e) {
  console.log(e.message, e.generatedMessage);
}
