// flags: --unhandled-rejections=warn-with-error-code
// warn-with-error-code sets process.exitCode = 1 when it warns; the script can still change it later,
// and a rejection heard by a listener added meanwhile does not set it again.
const log = (s) => console.log(s);
process.on('exit', (code) => log('exit event: code=' + code));
Promise.reject(new Error('first'));
setTimeout(() => {
  log('exitCode in timer: ' + process.exitCode);
  process.exitCode = 3;
  process.on('unhandledRejection', (r) => log('unhandledRejection: ' + r.message));
  Promise.reject(new Error('second'));
}, 1);
setTimeout(() => log('exitCode in later timer: ' + process.exitCode), 2);
