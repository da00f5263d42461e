// An unref'd timer does not keep the process alive, but fires if the process is still alive when due.
const a = setTimeout(() => console.log('unref 10 ms: fires'), 10).unref();
const b = setTimeout(() => console.log('unref 200 ms: never'), 200);
b.unref();
setTimeout(() => console.log('ref 40 ms'), 40);
console.log('hasRef', a.hasRef(), b.hasRef());
process.on('exit', () => console.log('exit'));
