// flags: --unhandled-rejections=strict
// Strict mode raises the rejection as an uncaught exception; a listener that throws a non-Error ends the
// process with exit code 7, and the 'unhandledRejection' listener is never reached.
const log = (s) => console.log(s);
process.on('exit', (code) => log('exit event ' + code));
process.on('unhandledRejection', () => log('unhandledRejection (not reached)'));
process.on('uncaughtException', (err, origin) => {
  log('uncaughtException: ' + err.message + ' origin=' + origin);
  throw 'a string';
});
Promise.reject(new Error('rejected'));
setTimeout(() => log('never runs'), 0);
