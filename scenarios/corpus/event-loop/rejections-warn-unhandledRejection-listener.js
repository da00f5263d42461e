// flags: --unhandled-rejections=warn
// An 'unhandledRejection' listener under warn: whether it is called, with what, whether a warning
// follows, and whether the process goes on to its timers and with which exit code.
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning: ' + w.name + ': ' + String(w.message).split('\n')[0].slice(0, 60)));
process.on('unhandledRejection', (reason, promise) => {
  log('unhandledRejection: ' + reason.message + ' (promise is p: ' + (promise === p) + ')');
  process.nextTick(() => log('nextTick queued by the listener'));
});
process.on('exit', (code) => log('exit event: code=' + code + ' exitCode=' + process.exitCode));
setTimeout(() => log('timeout 5 ms'), 5);
const p = Promise.reject(new Error('reported'));
log('sync end');
