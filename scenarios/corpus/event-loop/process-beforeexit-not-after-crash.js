// 'beforeExit' is not emitted when the process ends with an uncaught exception.
process.on('beforeExit', () => console.log('beforeExit (never)'));
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  throw new Error('crash');
}, 1);
