// process.hrtime() and hrtime.bigint() advance across a 50 ms timer (node's clocks may read up to 1 ms short).
const start = process.hrtime();
const startBig = process.hrtime.bigint();
console.log('hrtime shape:', Array.isArray(start), start.length, typeof startBig);
setTimeout(() => {
  const [s, ns] = process.hrtime(start);
  const ms = s * 1e3 + ns / 1e6;
  console.log('hrtime(start) >= 49 ms:', ms >= 49);
  console.log('bigint delta >= 49 ms:', process.hrtime.bigint() - startBig >= 49000000n);
}, 50);
