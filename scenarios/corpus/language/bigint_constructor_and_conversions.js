// BigInt(), Number(), String(), JSON and the fixed-width wrappers asIntN/asUintN.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`);
  }
};
show('from numbers', () => [BigInt(42), BigInt(-0), BigInt(1e21), BigInt(2 ** 53), BigInt(true)]);
show('from strings', () => [BigInt(' 0x1f '), BigInt(''), BigInt('+12'), BigInt('-12'), BigInt('0b101'), BigInt('0o17')]);
show('1.5', () => BigInt(1.5));
show('NaN', () => BigInt(NaN));
show('"1.5"', () => BigInt('1.5'));
show('"-0x1"', () => BigInt('-0x1'));
show('"12n"', () => BigInt('12n'));
show('undefined', () => BigInt(undefined));
show('null', () => BigInt(null));
show('symbol', () => BigInt(Symbol('s')));
show('object', () => BigInt({}));
show('valueOf', () => BigInt({ valueOf: () => 77n }));
show('new', () => new BigInt(1));
show('Number', () => [Number(1n), Number(-5n), Number(2n ** 53n + 1n), Number(2n ** 1024n), +Number(Object(9n))]);
show('String', () => [String(10n), String(-0n), String(Object(5n)), parseInt(12n), parseFloat(3n)]);
show('toNumber', () => Math.max(1n, 2n));
show('isNaN', () => isNaN(1n));
show('Number.isInteger', () => [Number.isInteger(1n), Number.isSafeInteger(1n)]);
show('JSON', () => JSON.stringify({ id: 1n }));
show('JSON replacer', () => JSON.stringify({ id: 2n ** 64n, n: 1 }, (k, v) => (typeof v === 'bigint' ? `${v}` : v)));
BigInt.prototype.toJSON = function () {
  return { bigint: this.toString() };
};
show('JSON toJSON', () => JSON.stringify([1n, Object(2n)]));
delete BigInt.prototype.toJSON;
show('asIntN', () => [BigInt.asIntN(8, 255n), BigInt.asIntN(8, 128n), BigInt.asIntN(64, 2n ** 63n), BigInt.asIntN(0, 5n)]);
show('asUintN', () => [BigInt.asUintN(8, -1n), BigInt.asUintN(64, -5n), BigInt.asUintN(32, 2n ** 40n + 7n)]);
show('asIntN bits', () => BigInt.asIntN(-1, 5n));
show('asUintN number', () => BigInt.asUintN(8, 255));
show('toString radix', () => 255n.toString(37));
show('toString this', () => BigInt.prototype.toString.call(255));
show('shape', () => [BigInt.length, BigInt.name, Object.getOwnPropertyNames(BigInt), Object.getOwnPropertyNames(BigInt.prototype)]);
show('tag', () => [Object.prototype.toString.call(1n), BigInt.prototype[Symbol.toStringTag]]);
