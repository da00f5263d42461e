// flags: --unhandled-rejections=throw
// A reason that is not error-like reaches 'uncaughtException' wrapped in an UnhandledPromiseRejection
// error with code ERR_UNHANDLED_REJECTION; an Error reason arrives as itself.
const log = (s) => console.log(s);
process.on('uncaughtException', (err, origin) => {
  log(origin + ': ' + err.name + ' | code=' + err.code + ' | instanceof Error=' + (err instanceof Error));
  log('  ' + err.message);
});
Promise.reject(7);
Promise.reject({ why: 'object' });
Promise.reject(new TypeError('a real error'));
