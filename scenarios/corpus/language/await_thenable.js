const thenable = {
  then(resolve) {
    console.log('then called');
    resolve(42);
  },
};
(async () => {
  console.log('before await');
  const v = await thenable;
  console.log('got', v);
})();
Promise.resolve().then(() => console.log('other microtask'));
console.log('sync end');
