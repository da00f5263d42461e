// flags: --unhandled-rejections=none
// 'rejectionHandled' for a promise reported earlier and handled in a timer: it is emitted when the
// queues next empty (after the timer's nextTicks, microtasks and the catch handler itself), before the
// next timer of the same list runs; a nextTick queued by the listener runs before that timer too.
const log = (s) => console.log(s);
process.on('unhandledRejection', (r, p) => log('unhandledRejection: ' + r.message));
process.on('rejectionHandled', (p) => {
  log('rejectionHandled (is late: ' + (p === late) + ')');
  process.nextTick(() => log('nextTick from the rejectionHandled listener'));
});
const late = Promise.reject(new Error('late'));
setTimeout(() => {
  log('timer A attaches the handler');
  late.catch(() => log('catch handler runs'));
  process.nextTick(() => log('nextTick in timer A'));
}, 2);
setTimeout(() => log('timer B'), 2);
