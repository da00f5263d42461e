// A throw after a top-level await rejects the async module; the crash comes four jobs later.
process.on('exit', (code) => console.log('exit', code));
let p = Promise.resolve();
for (let i = 1; i <= 8; i++) p = p.then(() => console.log('job ' + i));
await null;
console.log('resumed');
throw new Error('thrown after await');
