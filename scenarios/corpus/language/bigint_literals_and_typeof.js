// BigInt literals in every radix, with numeric separators, and what typeof and wrappers make of them.
const literals = [0n, 42n, 0x1fn, 0XFFn, 0o17n, 0b1011n, 1_000_000n, 123456789012345678901234567890n];
console.log(literals);
console.log(literals.map((n) => typeof n).join(' '));
console.log(-0n, -(2n ** 64n), 0x7fff_ffff_ffff_ffffn);
console.log(typeof Object(1n), Object(1n) instanceof BigInt, typeof Object(1n).valueOf());
console.log(1n.toString(), (255n).toString(16), (255n).toString(2), (-255n).toString(36), (2n ** 64n).toString(36));
console.log(String(12n), `${-5n}`, 7n + '', [1n, 2n, 3n].join('-'));
const obj = { 1n: 'one', 0x10n: 'sixteen', [3n * 3n]: 'nine' };
console.log(obj, obj[1n], obj[16], Object.keys(obj));
class Slots { 0n = 'zero'; static 5n = 'five'; 7n() { return 'seven'; } }
console.log(new Slots()[0], Slots[5n], new Slots()[7n]());
const { 2n: two = 'missing', 1n: first } = ['a', 'b'];
console.log(first, two);
console.log(1n.constructor === BigInt, Object.getPrototypeOf(5n) === BigInt.prototype, 5n?.toString());
