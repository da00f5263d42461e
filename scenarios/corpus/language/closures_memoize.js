function memoize(fn) {
  const cache = {};
  let calls = 0;
  const wrapped = (n) => {
    if (!(n in cache)) {
      calls++;
      cache[n] = fn(n);
    }
    return cache[n];
  };
  wrapped.calls = () => calls;
  return wrapped;
}
const fib = memoize((n) => (n < 2 ? n : fib(n - 1) + fib(n - 2)));
console.log(fib(50), fib.calls());
