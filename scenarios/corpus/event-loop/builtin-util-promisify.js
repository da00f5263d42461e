// util.promisify turns an (err, value) callback API into a promise-returning one.
const util = require('util');
function later(ms, value, cb) {
  setTimeout(() => cb(null, value), ms);
}
function failLater(ms, cb) {
  setTimeout(() => cb(new Error('failed after ' + ms)), ms);
}
const laterP = util.promisify(later);
const failP = util.promisify(failLater);
laterP(10, 'ok').then((v) => console.log('resolved', v));
failP(5).catch((e) => console.log('rejected', e.message));
console.log('returns a promise:', laterP(1, 'x') instanceof Promise);
