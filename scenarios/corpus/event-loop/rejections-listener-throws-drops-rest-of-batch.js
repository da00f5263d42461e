// flags: --unhandled-rejections=throw
// An 'unhandledRejection' listener that throws aborts the check: the exception goes to
// 'uncaughtException', and the other rejections of the same batch are never reported, even when one
// is handled later (no 'rejectionHandled' either: it was never reported).
const log = (s) => console.log(s);
process.on('uncaughtException', (e, origin) => log('uncaughtException: ' + e.message + ' origin=' + origin));
process.on('unhandledRejection', (r) => {
  log('unhandledRejection: ' + r.message);
  throw new Error('listener failed on ' + r.message);
});
process.on('rejectionHandled', () => log('rejectionHandled'));
Promise.reject(new Error('a'));
const b = Promise.reject(new Error('b'));
Promise.reject(new Error('c'));
setTimeout(() => b.catch(() => log('b caught later')), 0);
setTimeout(() => log('done'), 1);
