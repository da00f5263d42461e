// An interval is rescheduled after each run, so a timeout due in between fires between two runs.
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 2) setTimeout(() => console.log('5 ms timeout set in run 2, before run 3'), 5);
  if (n === 4) clearInterval(iv);
}, 30);
