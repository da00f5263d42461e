const p = new Promise((resolve, reject) => {
  console.log('executor runs synchronously');
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
});
p.then((v) => console.log('resolved with', v));
const q = new Promise(() => { throw new Error('thrown in executor'); });
q.catch((e) => console.log('rejected with', e.message));
try {
  Promise.resolve.call(undefined, 1);
} catch (e) {
  console.log(e.constructor.name);
}
const resolvedWithPromise = new Promise((r) => r(Promise.resolve('inner')));
resolvedWithPromise.then((v) => console.log('adopted', v));
Promise.resolve().then(() => console.log('tick1')).then(() => console.log('tick2')).then(() => console.log('tick3'));
