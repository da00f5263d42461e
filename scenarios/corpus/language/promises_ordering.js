console.log('sync 1');
Promise.resolve().then(() => console.log('micro 1'));
Promise.resolve().then(() => {
  console.log('micro 2');
  Promise.resolve().then(() => console.log('micro 4 (nested)'));
}).then(() => console.log('micro 3 (chained)'));
console.log('sync 2');
