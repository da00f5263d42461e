// Each interval run drains its own nextTicks and microtasks before the next timer fires.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  process.nextTick(() => console.log('  tick', n));
  Promise.resolve(n).then((v) => console.log('  promise', v));
  if (n === 3) clearInterval(iv);
}, 10);
