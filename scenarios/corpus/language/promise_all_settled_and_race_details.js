const never = new Promise(() => {});
Promise.allSettled([Promise.resolve(1), Promise.reject(new Error('bad')), 3, { then(r) { r('thenable'); } }])
  .then((results) => console.log('allSettled:', results.map((r) => (r.status === 'fulfilled' ? `ok ${r.value}` : `err ${r.reason.message}`))));
Promise.allSettled([]).then((r) => console.log('allSettled empty:', r));
Promise.allSettled([Promise.reject('x')]).then((r) => console.log(r));
Promise.all([1, Promise.resolve(2), { then(res) { res(3); } }]).then((v) => console.log('all:', v));
Promise.all([Promise.resolve(1), Promise.reject(new Error('first failure')), Promise.reject(new Error('second'))])
  .catch((e) => console.log('all rejects with first:', e.message));
Promise.all([]).then((v) => console.log('all empty:', v));
Promise.all('abc').then((v) => console.log('all over string:', v));
Promise.race([never, Promise.resolve('fast')]).then((v) => console.log('race:', v));
Promise.race([Promise.reject(new Error('rejects first')), Promise.resolve('later')]).catch((e) => console.log('race rejected:', e.message));
Promise.race([new Promise((r) => Promise.resolve().then(() => r('slow'))), Promise.resolve('quick')]).then((v) => console.log('race order:', v));
const r = Promise.race([]);
Promise.resolve().then(() => Promise.resolve()).then(() => console.log('race([]) stays', r));
Promise.race(null).catch((e) => console.log('race null:', e.name));
const order = [];
const slow = Promise.resolve().then(() => order.push('slow settled')).then(() => 'slow');
const fast = Promise.resolve('fast');
Promise.all([slow, fast]).then((v) => { order.push('all ' + v.join()); console.log(order); });
