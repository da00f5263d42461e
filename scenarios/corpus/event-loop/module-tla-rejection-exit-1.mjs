// A top-level await on a rejected promise fails the module: exit code 1, later timers never run.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer (never)'), 50);
console.log('before await');
await Promise.reject(new Error('top-level failure'));
console.log('never');
