// A timer created during the timers phase never runs in that phase: the immediate comes first.
setTimeout(() => {
  console.log('timer A');
  setTimeout(() => console.log('timer C, created by A'), 0);
  setImmediate(() => console.log('immediate from A'));
}, 5);
setTimeout(() => console.log('timer B, same list as A'), 5);
const end = Date.now() + 10;
while (Date.now() < end); // A and B are both overdue when the loop starts
