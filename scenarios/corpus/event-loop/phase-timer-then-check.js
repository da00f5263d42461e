// Inside a timer callback, setImmediate runs in this iteration's check phase, before a new setTimeout(0).
setTimeout(() => {
  console.log('timer');
  setTimeout(() => console.log('timeout 0 from timer'), 0);
  setImmediate(() => console.log('immediate from timer'));
  process.nextTick(() => console.log('tick from timer'));
}, 2);
