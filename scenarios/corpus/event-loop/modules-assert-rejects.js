// rejects / doesNotReject are async: their failures arrive as rejections, in promise-job order.
const assert = require('assert');
const report = (label) => (v) => console.log(label, v instanceof Error ? v.message : v);
assert.rejects(Promise.reject(new Error('boom')), /boom/).then(report('rejects ok'));
assert.rejects(Promise.resolve(1)).catch(report('rejects failed:'));
assert.rejects(async () => {
  throw new TypeError('typed');
}, TypeError).then(report('rejects with class ok'));
assert.doesNotReject(Promise.resolve('fine')).then(report('doesNotReject ok'));
assert.doesNotReject(Promise.reject(new Error('nope'))).catch(report('doesNotReject failed:'));
assert.rejects(() => 'not a promise').catch((e) => console.log(e.code, e.message));
Promise.resolve().then(() => console.log('an ordinary job'));
