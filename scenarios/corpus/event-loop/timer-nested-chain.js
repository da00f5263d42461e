// Nested setTimeout(0) calls run one per iteration, with an immediate queued alongside running in between.
let depth = 0;
function next() {
  depth++;
  console.log('timeout depth', depth);
  if (depth < 4) {
    setImmediate(() => console.log('  immediate after depth', depth));
    setTimeout(next, 0);
  }
}
setTimeout(next, 0);
