// An unref'd immediate does not keep the process alive on its own.
const im = setImmediate(() => console.log('unref immediate (never)'));
console.log('unref returns it:', im.unref() === im, 'hasRef:', im.hasRef());
process.on('exit', () => console.log('exit'));
