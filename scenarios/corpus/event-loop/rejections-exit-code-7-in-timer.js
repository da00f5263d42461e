// An 'uncaughtException' listener that throws ends the process with exit code 7 at once: no 'exit'
// event, later timers never run, nextTicks queued before the throw have run.
const log = (s) => console.log(s);
process.on('exit', (code) => log('exit event ' + code));
process.on('uncaughtException', (err, origin) => {
  log('listener got ' + err.message + ' (' + origin + ')');
  throw new Error('the listener fails');
});
setTimeout(() => {
  process.nextTick(() => log('nextTick before the throw'));
  throw new Error('original');
}, 1);
setTimeout(() => log('never runs'), 1);
