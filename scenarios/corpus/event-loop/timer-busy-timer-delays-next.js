// A timer callback that blocks delays the next timers; they still run in expiry order, with drains between.
const start = Date.now();
setTimeout(() => {
  console.log('first blocks for 50 ms');
  const end = Date.now() + 50;
  while (Date.now() < end);
  Promise.resolve().then(() => console.log('  promise from first'));
}, 10);
setTimeout(() => console.log('20 ms timer runs late:', Date.now() - start >= 59), 20);
setTimeout(() => console.log('30 ms timer'), 30);
