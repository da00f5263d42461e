// 'uncaughtExceptionMonitor' sees an error before 'uncaughtException' handles it.
process.on('uncaughtExceptionMonitor', (err, origin) => console.log('monitor', err.message, origin));
process.on('uncaughtException', (err, origin) => console.log('handler', err.message, origin));
setTimeout(() => {
  throw new Error('observed');
}, 1);
setTimeout(() => {
  Promise.reject(new Error('rejected'));
}, 5);
