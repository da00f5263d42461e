async function failsLater() {
  console.log('async body starts');
  await null;
  console.log('about to throw');
  throw new RangeError('nobody catches this');
}
const p = failsLater();
console.log('sync after call', typeof p);
Promise.resolve().then(() => console.log('microtask 1')).then(() => console.log('microtask 2')).then(() => console.log('microtask 3'));
const handled = Promise.reject(new Error('handled one'));
handled.catch((e) => console.log('handled:', e.message));
