// refresh() restarts a timer's countdown from now, so it fires after a timer that was due later.
const a = setTimeout(() => console.log('A (60 ms, refreshed at 30 ms -> 90 ms)'), 60);
setTimeout(() => {
  console.log('refresh A at 30 ms, returns the timer:', a.refresh() === a);
}, 30);
setTimeout(() => console.log('B (75 ms)'), 75);
