// A recursive nextTick chain runs to its end before any microtask queued earlier.
Promise.resolve().then(() => console.log('promise queued first'));
let n = 0;
function again() {
  n++;
  if (n < 1000) process.nextTick(again);
  else console.log('ticks done', n);
}
process.nextTick(again);
