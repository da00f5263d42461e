// Found by the differential property over generated programs (properties: NodeDifferentialTest).
// Node's first console.log creates process.stdout, which takes a few real milliseconds (3-5 ms measured
// here). Timer B is created after that first log, so its 40 ms expire a few ms after A's, and the
// immediate A queues runs in between. loopsim's synchronous code costs no time, so A and B expire in
// the same millisecond and B runs before the immediate: it prints t1 A B I.
process.nextTick(() => {
  console.log('t1');
  setTimeout(() => console.log('B'), 40);
});
setTimeout(() => {
  console.log('A');
  setImmediate(() => console.log('I'));
}, 40);
