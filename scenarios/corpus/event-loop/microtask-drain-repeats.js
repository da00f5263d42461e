// The drain repeats: ticks, then microtasks, then ticks those microtasks queued, and so on until both are empty.
let round = 0;
function tick(label) {
  console.log('tick', label);
  if (round < 3) Promise.resolve().then(() => micro(label + '>p'));
}
function micro(label) {
  console.log('microtask', label);
  round++;
  process.nextTick(() => tick(label + '>t'));
}
process.nextTick(() => tick('start'));
setTimeout(() => console.log('timer after the drain'), 0);
