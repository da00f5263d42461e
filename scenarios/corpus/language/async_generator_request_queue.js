async function* slow() {
  console.log('body start');
  yield 1;
  console.log('after first yield');
  await Promise.resolve();
  yield 2;
  console.log('after second yield');
}
const it = slow();
console.log('calling next three times without awaiting');
const p1 = it.next();
const p2 = it.next();
const p3 = it.next();
const p4 = it.next();
console.log('all requested');
p4.then((r) => console.log('p4', r));
p3.then((r) => console.log('p3', r));
p2.then((r) => console.log('p2', r));
p1.then((r) => console.log('p1', r));
async function* yieldsPromise() {
  yield Promise.resolve('unwrapped');
  yield new Promise((r) => r('also unwrapped'));
}
(async () => {
  for await (const v of yieldsPromise()) console.log('got', v);
  async function* rejects() { yield Promise.reject(new Error('yielded rejection')); }
  try { for await (const v of rejects()) console.log('unexpected', v); }
  catch (e) { console.log('for await caught', e.message); }
})();
