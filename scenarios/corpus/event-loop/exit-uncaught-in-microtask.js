// A throw inside queueMicrotask is an uncaught exception (not a rejection): exit code 1.
process.on('exit', (code) => console.log('exit', code));
queueMicrotask(() => {
  console.log('microtask throws');
  throw new Error('in queueMicrotask');
});
setTimeout(() => console.log('timer (never)'), 0);
