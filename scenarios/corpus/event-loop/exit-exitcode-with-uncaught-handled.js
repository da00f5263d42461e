// A handled uncaught exception leaves the exit code at 0 unless the script sets one.
process.on('uncaughtException', () => {
  console.log('handled');
  process.exitCode = 11;
});
process.nextTick(() => {
  throw new Error('tick failure');
});
process.on('exit', (code) => console.log('exit', code));
