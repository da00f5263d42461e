// util.promisify settles from the callback; errors reject; custom overrides; callbackify answers in a nextTick.
const util = require('util');
function add(a, b, cb) {
  setTimeout(() => cb(null, a + b), 5);
}
function fails(cb) {
  process.nextTick(() => cb(new Error('bad')));
}
const addAsync = util.promisify(add);
console.log(addAsync.name, addAsync.length, util.promisify(addAsync) === addAsync);
addAsync(1, 2).then((v) => console.log('sum', v));
util.promisify(fails)().catch((err) => console.log('rejected', err.message));
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom result');
util.promisify(custom)().then((v) => console.log(v));
async function maybe(fail) {
  if (fail) throw null;
  return 'fine';
}
const cb = util.callbackify(maybe);
console.log(cb.name, cb.length);
cb(false, (err, v) => console.log('callback', err, v));
cb(true, (err) => console.log('callback error', err.code, err.message, err.reason));
Promise.resolve().then(() => console.log('promise job'));
process.nextTick(() => console.log('nextTick'));
console.log('sync end');
