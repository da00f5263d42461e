const p = Promise.reject(new Error('handled later'));
Promise.resolve().then(() => {
  p.catch((e) => console.log('handled:', e.message));
});
console.log('sync');
