// A top-level await that never settles: the loop empties and the process exits with code 13.
process.on('exit', (code) => console.log('exit event', code, 'exitCode', process.exitCode));
setTimeout(() => console.log('timer runs before the loop empties'), 5);
console.log('awaiting forever');
await new Promise(() => {});
console.log('never');
