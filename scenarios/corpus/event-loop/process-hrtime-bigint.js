// process.hrtime.bigint() returns a bigint of nanoseconds that advances across a 50 ms timer.
const start = process.hrtime.bigint();
console.log('type:', typeof start);
setTimeout(() => {
  const delta = process.hrtime.bigint() - start;
  console.log('delta >= 49 ms:', delta >= 49000000n);
  console.log('delta is a bigint:', typeof delta);
}, 50);
