// An 'exit' listener that throws: the exception goes to 'uncaughtException'; the remaining 'exit'
// listeners do not run, and the process still exits, with the exit code the script had set.
const log = (s) => console.log(s);
process.on('uncaughtException', (e, origin) => log('uncaughtException: ' + e.message + ' origin=' + origin));
process.on('exit', (code) => {
  log('exit listener 1, code ' + code);
  throw new Error('thrown in exit');
});
process.on('exit', () => log('exit listener 2 (not reached)'));
process.exitCode = 4;
setTimeout(() => log('timer'), 0);
