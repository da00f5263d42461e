// An uncaught exception in a timer callback: exit code 1; the other timer in its list never runs.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer 1 throws');
  throw new RangeError('in timer');
}, 5);
setTimeout(() => console.log('timer 2 (never)'), 5);
