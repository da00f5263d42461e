// A top-level await that never settles: the loop empties and the process exits with code 13.
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
console.log('before await');
await new Promise(() => {});
console.log('never printed');
