// Immediates queued by two timers of one list both run after the whole timers phase.
setTimeout(() => {
  console.log('timer 1');
  setImmediate(() => console.log('immediate from timer 1'));
}, 3);
setTimeout(() => {
  console.log('timer 2');
  setImmediate(() => console.log('immediate from timer 2'));
}, 3);
const end = Date.now() + 10;
while (Date.now() < end); // both timers are overdue when the loop starts, so one timers phase runs both
