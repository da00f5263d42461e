// Each immediate's promise jobs finish before the next immediate, even a multi-hop chain.
setImmediate(() => {
  console.log('immediate A');
  Promise.resolve()
    .then(() => console.log('A hop 1'))
    .then(() => console.log('A hop 2'))
    .then(() => process.nextTick(() => console.log('A tick after hop 3')));
});
setImmediate(() => console.log('immediate B'));
