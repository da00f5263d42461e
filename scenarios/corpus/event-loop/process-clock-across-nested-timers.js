// Time measured across nested timers adds up: 30 ms then 40 ms is at least 70 ms in total.
const t0 = Date.now();
setTimeout(() => {
  console.log('first >= 29:', Date.now() - t0 >= 29);
  setTimeout(() => {
    console.log('total >= 69:', Date.now() - t0 >= 69);
    setImmediate(() => console.log('immediate, total still >= 69:', Date.now() - t0 >= 69));
  }, 40);
}, 30);
