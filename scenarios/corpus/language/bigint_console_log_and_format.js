// How console.log, util.inspect and util.format print BigInts and BigInt objects.
const util = require('util');
console.log(1n, -5n, 0n, 2n ** 70n);
console.log([1n, 2n], { a: 3n, nested: { b: [4n] } }, new Map([[1n, 2n]]), new Set([0n]));
const boxed = Object(1n);
boxed.label = 'boxed';
console.log(Object(-3n), [Object(2n)], boxed);
console.log(Array.from({ length: 30 }, (_, i) => BigInt(i) ** 3n));
console.log('%d|%i|%d|%i', 12n, 13n, -12n, -0n);
console.log('%d %i %s', Object(5n), Object(6n), Object(7n));
console.log('%s|%o|%O', 14n, 15n, 16n);
try {
  console.log('%j', 1n);
} catch (e) {
  console.log(e.name, e.message);
}
console.log(util.inspect(123n), util.format('%s and %d', 1n, 2n), util.format(1n, 'a'));
console.log(util.inspect({ big: 2n ** 64n }, { depth: 0 }));
console.log((1234567890123n).toLocaleString(), (-1234n).toLocaleString(), 0n.toLocaleString(), 999n.toLocaleString());
console.log(BigInt, BigInt.prototype, typeof BigInt.asIntN);
console.log(`template ${12n}`, 'concat ' + 12n, String([1n, [2n]]));
