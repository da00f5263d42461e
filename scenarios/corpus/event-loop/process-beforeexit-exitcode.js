// 'beforeExit' receives process.exitCode; it is not emitted after process.exit().
process.exitCode = 3;
let once = false;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  if (!once) {
    once = true;
    setTimeout(() => process.exit(), 1);
  }
});
process.on('exit', (code) => console.log('exit', code));
