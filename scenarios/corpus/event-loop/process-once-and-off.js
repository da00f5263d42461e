// process.once listeners run once; process.off removes a listener before it runs.
function never() { console.log('removed listener (never)'); }
process.on('beforeExit', never);
process.off('beforeExit', never);
let rounds = 0;
process.once('beforeExit', () => console.log('once listener, round', rounds));
process.on('beforeExit', () => {
  rounds++;
  console.log('on listener, round', rounds);
  if (rounds < 2) setImmediate(() => {});
});
