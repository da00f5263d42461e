// Default mode with an unhandledRejection listener: no crash, the listener gets reason and promise, timers run.
const p = Promise.reject(new Error('handled by listener'));
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason.message, promise === p);
});
setTimeout(() => console.log('timer runs'), 5);
process.on('exit', (code) => console.log('exit', code));
