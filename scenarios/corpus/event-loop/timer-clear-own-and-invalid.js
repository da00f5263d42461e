// clearTimeout on an already-fired timer, on itself, or on nonsense is a harmless no-op.
const t = setTimeout(() => {
  console.log('fired');
  clearTimeout(t);
  console.log('cleared itself, still running');
}, 5);
setTimeout(() => {
  clearTimeout(t);
  clearTimeout(undefined);
  clearTimeout(null);
  clearTimeout({});
  clearTimeout('nope');
  console.log('all no-ops');
}, 10);
