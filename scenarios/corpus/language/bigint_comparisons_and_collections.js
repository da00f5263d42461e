// BigInts compare exactly with Numbers and strings, and are one key per value in Map, Set and includes.
console.log(1n < 1.5, 2n > 1.5, 2n ** 64n > 2 ** 64, 2n ** 53n + 1n > 2 ** 53, 1n < Infinity, -1n > -Infinity);
console.log(1n < NaN, 1n >= NaN, '10' > 9n, 9n < '10', 'x' < 1n, 1n < '1.5', 1n <= '0x1');
console.log(2n == 2, 2n == '2', 1n == 1.5, 2n ** 53n + 1n == 2 ** 53, 0n == -0, 1n == true, 0n == '', 1n == '1n');
console.log(2n === 2, 2n === 2n, 0n === -0n, Object.is(0n, -0n), Object(1n) == 1n, Object(1n) === 1n);
const mixed = [3n, 1, 10n, 2.5, -1n, 0, 2n];
console.log(mixed.slice().sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log([3n, 1n, 10n, 2n].sort());
try {
  [3n, 1n].sort((a, b) => a - b);
} catch (e) {
  console.log(e.name, e.message);
}
console.log([3n, 1n, 2n].sort((a, b) => Number(a - b)));
const m = new Map([[1n, 'bigint one']]);
m.set(1, 'number one');
m.set(BigInt('1'), 'bigint one again');
console.log(m.size, m.get(1n), m.get(1), [...m.keys()]);
const s = new Set([0n, -0n, 0, 1n, BigInt(1), 2n ** 64n, 2n ** 64n]);
console.log(s.size, s);
console.log([1n, 2n, NaN].includes(2n), [0n].includes(-0n), [1n].indexOf(1n), [1n].indexOf(1), [5n].lastIndexOf(5n));
switch (2n) {
  case 2:
    console.log('matched the number');
    break;
  case 2n:
    console.log('matched the bigint');
    break;
}
console.log(!0n, !!1n, 0n ? 'truthy' : 'falsy', 0n || 'fallback', 0n ?? 'nullish', -1n && 'and');
const max = (...xs) => xs.reduce((a, b) => (b > a ? b : a));
console.log(max(3n, 9n, 2n ** 70n, 5n), max(1, 2n, 3.5, 0n));
