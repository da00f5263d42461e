// process.exit in a module body ends everything at once; exit listeners run with its code.
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => console.log('nextTick never runs'));
Promise.resolve().then(() => console.log('promise never runs'));
console.log('before exit');
process.exit(3);
