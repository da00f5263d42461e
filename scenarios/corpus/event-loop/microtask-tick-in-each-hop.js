// Each await continuation queues a nextTick; the ticks run only once the promise jobs run out.
let p = Promise.resolve();
for (let i = 1; i <= 3; i++) p = p.then(() => console.log('tick-chain hop', i));
(async () => {
  for (let i = 1; i <= 2; i++) {
    await null;
    console.log('await', i);
    process.nextTick(() => console.log('nextTick from await', i));
  }
})();
