// Without flags (throw mode): an async function that throws after an await rejects its promise; with
// no listener the process crashes after the drain that rejected it, before the next timer.
const log = (s) => console.log(s);
process.on('exit', (code) => log('exit event ' + code));
async function task() {
  await null;
  log('task resumes and throws');
  throw new Error('async failure');
}
task();
setTimeout(() => log('timer never runs'), 0);
log('sync end');
