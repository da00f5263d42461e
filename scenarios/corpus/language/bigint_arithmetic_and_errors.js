// BigInt arithmetic is exact; division truncates; mixing with Numbers and a few operators are errors.
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${e.name}: ${e.message}`);
  }
};
show('add', () => 2n ** 64n + 1n);
show('sub', () => 1n - 2n ** 70n);
show('mul', () => 12345678901234567890n * 98765432109876543210n);
show('div', () => [7n / 2n, -7n / 2n, 7n / -2n, 1n / 3n]);
show('mod', () => [7n % 3n, -7n % 3n, 7n % -3n]);
show('pow', () => [2n ** 100n, (-3n) ** 3n, 0n ** 0n]);
show('bits', () => [5n & 3n, 5n | 3n, 5n ^ 3n, ~5n, -1n & 0xffn, 1n << 65n, -9n >> 2n, 5n << -1n]);
show('unary', () => [-5n, -(-5n), ~-1n]);
show('div by zero', () => 1n / 0n);
show('mod by zero', () => 1n % 0n);
show('negative exponent', () => 2n ** -1n);
show('unsigned shift', () => 8n >>> 1n);
show('unary plus', () => +1n);
show('mix add', () => 1n + 1);
show('mix sub', () => 10 - 1n);
show('mix pow', () => 2n ** 2);
show('mix and', () => 1n & 1);
show('mix shift', () => 1 >>> 1n);
show('string concat', () => [1n + 'a', 'a' + 2n, 5n + [1]]);
let x = 5n;
const before = x++;
++x;
x **= 2n;
x -= 9n;
x /= 4n;
x %= 7n;
x <<= 3n;
x |= 1n;
show('compound', () => [before, x]);
const counter = { hits: 0n };
for (let i = 0; i < 5; i++) counter.hits++;
counter.hits--;
show('member update', () => counter.hits);
const order = [];
const left = { valueOf() { order.push('left'); return 1n; } };
const right = { valueOf() { order.push('right'); return 2; } };
show('conversion order', () => left * right);
console.log(order.join(' then '));
show('wrappers', () => [Object(5n) + 1n, -Object(5n), Object(2n) ** 3n]);
