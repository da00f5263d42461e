// clearImmediate from an earlier immediate in the same batch stops a later one.
let later;
setImmediate(() => {
  console.log('first clears the third');
  clearImmediate(later);
});
setImmediate(() => console.log('second'));
later = setImmediate(() => console.log('third (never)'));
setImmediate(() => console.log('fourth'));
