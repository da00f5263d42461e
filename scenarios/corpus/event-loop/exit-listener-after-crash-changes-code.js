// After an uncaught exception, an 'exit' listener can still replace the exit code 1.
process.on('exit', (code) => {
  console.log('exit', code);
  process.exitCode = 6;
});
setTimeout(() => {
  throw new Error('crash');
}, 1);
