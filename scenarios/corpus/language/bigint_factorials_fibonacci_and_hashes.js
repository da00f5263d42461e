// What BigInt is for: exact big results, and 64-bit arithmetic that wraps like a machine word.
function factorial(n) {
  let result = 1n;
  for (let i = 2n; i <= n; i++) result *= i;
  return result;
}
console.log('30! =', factorial(30n));
console.log('digits of 100!:', factorial(100n).toString().length);

function fibonacci(n) {
  let [a, b] = [0n, 1n];
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
}
console.log('fib(90) =', fibonacci(90), 'as a Number:', Number(fibonacci(90)));
console.log('fib(300) mod 1e9+7 =', fibonacci(300) % 1_000_000_007n);

// FNV-1a, 64 bits: multiply and wrap with asUintN.
function fnv1a64(text) {
  let hash = 0xcbf29ce484222325n;
  for (const ch of text) {
    hash ^= BigInt(ch.codePointAt(0));
    hash = BigInt.asUintN(64, hash * 0x100000001b3n);
  }
  return hash;
}
for (const word of ['', 'a', 'loopsim', 'event loop']) {
  console.log(JSON.stringify(word), fnv1a64(word).toString(16).padStart(16, '0'));
}

// Modular exponentiation by squaring.
function modPow(base, exponent, modulus) {
  let result = 1n;
  base %= modulus;
  while (exponent > 0n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
    exponent >>= 1n;
  }
  return result;
}
console.log('3^200 mod 1000000007 =', modPow(3n, 200n, 1000000007n));
console.log('2^127 - 1 =', 2n ** 127n - 1n, 'is odd:', (2n ** 127n - 1n) % 2n === 1n);

// A signed 64-bit counter that overflows.
let counter = BigInt.asIntN(64, 2n ** 63n - 2n);
for (let i = 0; i < 3; i++) {
  counter = BigInt.asIntN(64, counter + 1n);
  console.log('counter', counter);
}
const gcd = (a, b) => (b === 0n ? a : gcd(b, a % b));
console.log('gcd', gcd(2n ** 64n, 6n ** 20n), 'isqrt-ish', (10n ** 40n) / (10n ** 20n));
