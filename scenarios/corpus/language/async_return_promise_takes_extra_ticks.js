async function returnsPromise() {
  return Promise.resolve('inner');
}
async function returnsValue() {
  return 'value';
}
returnsPromise().then((v) => console.log('promise-returning:', v));
returnsValue().then((v) => console.log('value-returning:', v));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2')).then(() => console.log('tick 3'));
