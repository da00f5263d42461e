// process.exit() inside a timer: exit code 0 by default, later callbacks of the same list never run.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer 1 exits');
  process.exit();
}, 5);
setTimeout(() => console.log('timer 2 (never)'), 5);
