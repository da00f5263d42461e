let resolveOut, rejectOut;
const p = new Promise((resolve, reject) => {
  resolveOut = resolve;
  rejectOut = reject;
  console.log('executor runs synchronously', resolve.length, reject.length, typeof resolve.name);
});
resolveOut('first');
resolveOut('second');
rejectOut(new Error('too late'));
p.then((v) => console.log('settled with', v));
const q = new Promise((resolve, reject) => { reject('rejected first'); resolve('ignored'); throw new Error('ignored too'); });
q.catch((r) => console.log('q:', r));
const thrower = new Promise(() => { throw new Error('executor threw'); });
thrower.catch((e) => console.log('thrower:', e.message));
const afterResolve = new Promise((resolve) => { resolve('ok'); throw new Error('swallowed'); });
afterResolve.then((v) => console.log('afterResolve:', v));
let outer;
const chained = new Promise((r) => { outer = r; });
outer(new Promise((r) => r('inner value')));
outer('ignored after adopting');
chained.then((v) => console.log('chained:', v));
try { new Promise('not callable'); } catch (e) { console.log(e.name, e.message); }
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.name, e.message); }
console.log('returns undefined:', resolveOut('x'), typeof Promise.resolve, Promise.length, Promise.name);
console.log('sync done');
