// timers/promises.setInterval as an async iterator; break clears the interval so the process ends.
const { setInterval: every, scheduler } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const value of every(100, 'tick')) {
    console.log(value, ++n);
    if (n === 3) break;
  }
  console.log('after the loop');
  await scheduler.wait(50);
  console.log('waited');
  await scheduler.yield();
  console.log('yielded');
})();
