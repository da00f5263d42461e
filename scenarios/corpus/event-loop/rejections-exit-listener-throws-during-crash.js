// flags: --unhandled-rejections=strict
// During the crash of an unhandled rejection, Node emits 'exit' with code 1; an 'exit' listener that
// throws then is ignored, and the report and exit code are those of the rejection (the exit code the
// listener set before throwing is kept).
const log = (s) => console.log(s);
process.on('exit', (code) => {
  log('exit listener, code ' + code);
  process.exitCode = 9;
  throw new Error('ignored');
});
Promise.reject(new Error('fatal'));
