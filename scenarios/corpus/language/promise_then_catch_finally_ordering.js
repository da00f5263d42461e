const log = (s) => console.log(s);
Promise.resolve('A')
  .then((v) => { log('then1 ' + v); return 'B'; })
  .finally(() => log('finally1 (no args)'))
  .then((v) => { log('then2 ' + v); throw new Error('E'); })
  .then(() => log('skipped'))
  .catch((e) => { log('catch ' + e.message); return 'C'; })
  .finally(() => { log('finally2'); return 'ignored'; })
  .then((v) => log('then3 ' + v));
Promise.reject(new Error('R'))
  .finally(() => log('finally on rejection'))
  .catch((e) => log('still rejected ' + e.message));
Promise.resolve(1)
  .finally(() => { throw new Error('from finally'); })
  .catch((e) => log('finally throw replaces: ' + e.message));
Promise.resolve(1)
  .finally(() => Promise.reject(new Error('finally rejection')))
  .catch((e) => log('finally returned rejection: ' + e.message));
Promise.resolve('kept')
  .finally(() => new Promise((r) => r('delayed')))
  .then((v) => log('finally waits then keeps: ' + v));
const p = Promise.resolve('shared');
p.then(() => log('branch 1'));
p.then(() => log('branch 2'));
p.catch(() => log('never')).then((v) => log('catch passthrough ' + v));
Promise.resolve(5).then(null, null).then(undefined).then((v) => log('non-function handlers pass through ' + v));
Promise.reject('r').then(() => {}).then(null, (r) => log('second arg handler ' + r));
log('sync end');
