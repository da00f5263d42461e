// performance.now() and Date.now() move forward by at least the timer delay (minus 1 ms of rounding).
const p0 = performance.now();
const d0 = Date.now();
setTimeout(() => {
  const p = performance.now() - p0;
  const d = Date.now() - d0;
  console.log('performance.now delta >= 99:', p >= 99);
  console.log('Date.now delta >= 99:', d >= 99);
  console.log('monotonic:', performance.now() >= p0 + p);
}, 100);
console.log('same tick, no time passes between two reads:', Date.now() - d0 < 50);
