// A throw in the module body reaches Node through the loader's awaits: three promise jobs still run, no nextTick.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => console.log('nextTick'));
setTimeout(() => console.log('timeout'), 0);
let p = Promise.resolve();
for (let i = 1; i <= 6; i++) p = p.then(() => console.log('job ' + i));
throw new Error('thrown by the module body');
