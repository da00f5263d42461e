// An unref'd immediate still runs when a ref'd immediate keeps the loop going.
const a = setImmediate(() => console.log('unref immediate runs'));
a.unref();
setImmediate(() => console.log('ref immediate'));
const b = setImmediate(() => console.log('unref then ref'));
b.unref();
b.ref();
console.log('b hasRef:', b.hasRef());
