// An 'uncaughtExceptionMonitor' listener runs before 'uncaughtException'; if it throws, that too is a
// failure of the fatal exception handler: exit code 7, the 'uncaughtException' listener never runs.
const log = (s) => console.log(s);
process.on('exit', (code) => log('exit event ' + code));
process.on('uncaughtExceptionMonitor', (err, origin) => {
  log('monitor: ' + err.message + ' ' + origin);
  throw new Error('monitor fails');
});
process.on('uncaughtException', () => log('uncaughtException (not reached)'));
Promise.reject(new Error('rejected'));
