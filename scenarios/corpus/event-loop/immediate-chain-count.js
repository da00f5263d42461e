// A chain of immediates, each queuing the next, runs one per iteration until it stops.
let n = 0;
function step() {
  n++;
  if (n % 2 === 0) Promise.resolve().then(() => console.log('  promise after', n));
  console.log('step', n);
  if (n < 5) setImmediate(step);
}
setImmediate(step);
