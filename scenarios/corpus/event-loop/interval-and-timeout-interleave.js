// An interval is rescheduled after each run, so a timeout due in between fires between two ticks.
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 4) clearInterval(iv);
}, 30);
setTimeout(() => console.log('timeout 75 ms'), 75);
