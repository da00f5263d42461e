// Rejections are checked between two immediates: with a listener, it runs before the second immediate.
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r));
setImmediate(() => {
  console.log('immediate 1');
  Promise.reject('from immediate 1');
});
setImmediate(() => console.log('immediate 2'));
