// flags: --unhandled-rejections=strict
// With no listener for any process event, what strict does with a rejection nobody handles: the
// warning (shown here through the 'warning' event), the exit code, and whether later timers still run.
const log = (s) => console.log(s);
process.on('warning', (w) => log('warning: ' + w.name + ': ' + String(w.message).split('\n')[0].slice(0, 60)));
process.on('exit', (code) => log('exit event: code=' + code + ' exitCode=' + process.exitCode));
setTimeout(() => log('timeout 5 ms'), 5);
Promise.reject(new Error('nobody handles this'));
process.nextTick(() => log('nextTick'));
Promise.resolve().then(() => log('microtask'));
log('sync end');
