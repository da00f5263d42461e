// flags: --unhandled-rejections=warn
// An 'uncaughtException' listener (and a monitor) under warn: whether the rejection reaches it, with
// which origin, whether a warning follows, and whether the process goes on.
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning: ' + w.name + ': ' + String(w.message).split('\n')[0].slice(0, 60)));
process.on('uncaughtExceptionMonitor', (err, origin) => log('monitor: ' + err.message + ' origin=' + origin));
process.on('uncaughtException', (err, origin) => log('uncaughtException: ' + err.message + ' origin=' + origin));
process.on('exit', (code) => log('exit event: code=' + code + ' exitCode=' + process.exitCode));
setTimeout(() => log('timeout 5 ms'), 5);
Promise.reject(new Error('reported'));
log('sync end');
