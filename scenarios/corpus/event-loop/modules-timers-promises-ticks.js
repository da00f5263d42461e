// timers/promises.setTimeout resolves inside the timer's macrotask: the awaiting code resumes one
// promise job later, before the next timer of the same list, after that timer's own nextTicks.
const { setTimeout: sleep } = require('timers/promises');
setTimeout(() => {
  console.log('plain timer A');
  process.nextTick(() => console.log('tick after A'));
  let p = Promise.resolve();
  for (let i = 1; i <= 3; i++) p = p.then(() => console.log('A hop', i));
}, 10);
sleep(10, 'value').then((v) => console.log('then', v));
(async () => {
  const v = await sleep(10, 'awaited');
  console.log('await resumed', v);
  process.nextTick(() => console.log('tick from the resumed function'));
  Promise.resolve().then(() => console.log('job from the resumed function'));
})();
setTimeout(() => console.log('plain timer B'), 10);
