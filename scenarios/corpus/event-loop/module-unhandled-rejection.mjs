// An unhandled rejection in an ES module crashes with exit code 1 after the body's drain.
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('unhandled in module'));
queueMicrotask(() => console.log('microtask still runs'));
setTimeout(() => console.log('timer (never)'), 1);
