// Timers created in sequence add up: each waits from when it was created.
const start = Date.now();
let total = 0;
function step(ms, left) {
  setTimeout(() => {
    total += ms;
    console.log('after', ms, 'ms, total', total, 'clock advanced enough:', Date.now() - start >= total - 1);
    if (left > 0) step(ms * 2, left - 1);
  }, ms);
}
step(10, 3);
