// flags: --unhandled-rejections=throw
// Handled in an immediate after being reported: 'rejectionHandled' comes before the next immediate of the
// same check phase, because runNextTicks between immediates processes rejections.
const log = (s) => console.log(s);
process.on('unhandledRejection', (r) => log('unhandledRejection: ' + r.message));
process.on('rejectionHandled', () => log('rejectionHandled'));
const p = Promise.reject(new Error('x'));
setImmediate(() => {
  log('immediate 1 attaches the handler');
  p.catch(() => log('caught'));
});
setImmediate(() => log('immediate 2'));
setImmediate(() => log('immediate 3'));
