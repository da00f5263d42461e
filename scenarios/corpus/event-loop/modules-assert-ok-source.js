// assert(value) without a message quotes the failing call from the source.
const assert = require('assert');
const x = 0;
try {
  assert(x === 1);
} catch (e) {
  console.log(e.message);
}
try {
  assert.ok(
    x > 5,
  );
} catch (e) {
  console.log(e.message);
}
try {
  assert.ok(typeof x === 'string' && x.length > 0);
} catch (e) {
  console.log(e.message);
}
try {
  assert();
} catch (e) {
  console.log(e.message);
}
