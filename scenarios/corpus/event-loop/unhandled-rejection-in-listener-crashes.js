// A throw inside an unhandledRejection listener is an uncaught exception: exit code 1.
process.on('unhandledRejection', (r) => {
  console.log('listener for', r);
  throw new Error('listener failed');
});
process.on('exit', (code) => console.log('exit', code));
Promise.reject('reason');
setTimeout(() => console.log('timer (never)'), 0);
