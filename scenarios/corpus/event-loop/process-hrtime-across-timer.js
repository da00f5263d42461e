// process.hrtime() and hrtime(start) advance across a 50 ms timer (node's clocks may read up to 1 ms short).
const start = process.hrtime();
console.log('hrtime shape:', Array.isArray(start), start.length, Number.isInteger(start[0]), Number.isInteger(start[1]));
setTimeout(() => {
  const [s, ns] = process.hrtime(start);
  console.log('hrtime(start) >= 49 ms:', s * 1e3 + ns / 1e6 >= 49);
  console.log('nanoseconds below 1e9:', ns < 1e9);
}, 50);
