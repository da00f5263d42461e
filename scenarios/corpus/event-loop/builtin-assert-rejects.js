// assert.rejects awaits a rejected promise; it rejects itself when the promise fulfills.
const assert = require('assert');
(async () => {
  await assert.rejects(Promise.reject(new Error('no')), /no/);
  console.log('rejects passed');
  await assert.rejects(async () => { throw new TypeError('async'); }, TypeError);
  console.log('rejects with async function passed');
  try {
    await assert.rejects(Promise.resolve(1));
  } catch (e) {
    console.log('failed:', e.code, JSON.stringify(e.message));
  }
})();
