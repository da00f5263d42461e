// A timer created in an immediate runs in a later iteration, after the immediates already queued.
setImmediate(() => {
  console.log('immediate 1');
  setTimeout(() => console.log('timer from immediate 1'), 20);
});
setImmediate(() => {
  console.log('immediate 2');
  setImmediate(() => console.log('immediate 3, queued by immediate 2'));
});
