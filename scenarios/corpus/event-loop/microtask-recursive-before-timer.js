// A long self-requeuing microtask chain finishes before a timer or immediate runs.
setTimeout(() => console.log('timer'), 0);
let n = 0;
function spin() {
  if (++n < 10000) queueMicrotask(spin);
  else console.log('chain done', n);
}
queueMicrotask(spin);
process.nextTick(() => console.log('tick'));
