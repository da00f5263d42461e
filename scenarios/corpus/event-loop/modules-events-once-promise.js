// events.once resolves with the arguments array; it is an async function, so its ticks show.
const { once, EventEmitter } = require('events');
const e = new EventEmitter();
(async () => {
  const args = await once(e, 'ready');
  console.log('once resolved', args);
})();
let p = Promise.resolve();
for (let i = 1; i <= 5; i++) p = p.then(() => console.log('tick', i));
setTimeout(() => {
  e.emit('ready', 1, 'two');
  let q = Promise.resolve();
  for (let i = 1; i <= 5; i++) q = q.then(() => console.log('after emit, hop', i));
  process.nextTick(() => console.log('nextTick after emit'));
}, 1);
