(async () => {
  for await (const v of [Promise.resolve('a'), 'b', Promise.resolve('c')]) {
    console.log(v);
  }
  console.log('done');
})();
console.log('first');
