// Setting process.exitCode changes the final exit code without stopping the loop.
process.exitCode = 4;
setTimeout(() => {
  console.log('timer still runs, exitCode', process.exitCode);
  process.exitCode = 5;
}, 5);
process.on('exit', (code) => console.log('exit', code));
