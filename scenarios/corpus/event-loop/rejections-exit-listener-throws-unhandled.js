// An 'exit' listener that throws with no 'uncaughtException' listener: the error is fatal, but 'exit'
// is not emitted again; the process exits 1 (the script set no exit code).
const log = (s) => console.log(s);
process.on('exit', (code) => {
  log('exit listener, code ' + code + ', exitCode ' + process.exitCode);
  throw new Error('thrown in exit');
});
log('main');
