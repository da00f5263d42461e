// timers/promises setTimeout resolves with the given value after the delay; shorter delays resolve first.
const { setTimeout: sleep } = require('timers/promises');
(async () => {
  const t0 = Date.now();
  const v = await sleep(60, 'value after 60 ms');
  console.log(v, Date.now() - t0 >= 59);
})();
sleep(10).then((v) => console.log('10 ms resolves with', v));
console.log('sync');
