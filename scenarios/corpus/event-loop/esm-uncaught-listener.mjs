// An uncaughtException listener sees a module body's throw with origin 'unhandledRejection'; the loop goes on.
process.on('uncaughtException', (err, origin) => console.log('caught:', err.message, origin));
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => console.log('nextTick'));
setTimeout(() => console.log('timeout'), 0);
throw new Error('body failed');
