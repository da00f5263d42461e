// setInterval with delay 0 repeats every 1 ms; an immediate queued in each run comes before the next run.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  setImmediate(() => console.log('  immediate', n));
  if (n === 3) clearInterval(iv);
}, 0);
