// Default mode: a non-Error reason (a string) also crashes with exit code 1.
process.on('exit', (code) => console.log('exit', code, 'exitCode', process.exitCode));
Promise.reject('just a string');
console.log('main end');
