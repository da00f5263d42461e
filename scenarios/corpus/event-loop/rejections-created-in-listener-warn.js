// flags: --unhandled-rejections=warn
// A rejection created inside an 'unhandledRejection' listener is checked in the same drain, after the
// nextTicks and microtasks the listener queued (and the warnings they print), with the next rejection id.
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning: ' + String(w.message).split('\n')[0].slice(-20)));
process.on('unhandledRejection', (r) => {
  log('unhandledRejection: ' + r.message);
  if (r.message === 'first') {
    Promise.reject(new Error('second'));
    process.nextTick(() => log('nextTick from the listener'));
  }
});
Promise.reject(new Error('first'));
setTimeout(() => log('timeout'), 0);
