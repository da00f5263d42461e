console.log('before');
queueMicrotask(() => {
  console.log('first microtask runs');
  throw new Error('thrown inside a microtask');
});
queueMicrotask(() => console.log('second microtask'));
Promise.resolve().then(() => console.log('promise job'));
try {
  queueMicrotask(() => { throw new Error('not catchable here'); });
  console.log('queueing does not throw');
} catch (e) {
  console.log('never', e.message);
}
console.log('sync end');
