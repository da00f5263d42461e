// Promise jobs queued in 'beforeExit' run, but they alone do not make the loop fire 'beforeExit' again.
let rounds = 0;
process.on('beforeExit', () => {
  rounds++;
  console.log('beforeExit', rounds);
  Promise.resolve().then(() => console.log('  promise from beforeExit', rounds));
  process.nextTick(() => console.log('  tick from beforeExit', rounds));
});
process.on('exit', () => console.log('exit after', rounds));
