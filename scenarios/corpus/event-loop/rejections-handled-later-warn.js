// flags: --unhandled-rejections=warn
// A rejection reported by warn mode and handled in a later timer: PromiseRejectionHandledWarning is
// emitted by the next rejection check, which runs between that timer and the next one (runNextTicks),
// after the timer's own nextTicks and microtasks.
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning: ' + w.name + ': ' + String(w.message).split('\n')[0].slice(0, 70)));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  log('timer 1 attaches the handler');
  p.catch((e) => log('caught ' + e.message));
  process.nextTick(() => log('nextTick in timer 1'));
  Promise.resolve().then(() => log('microtask in timer 1'));
}, 1);
setTimeout(() => log('timer 2 (same list)'), 1);
