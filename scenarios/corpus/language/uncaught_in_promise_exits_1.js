console.log('start');
Promise.resolve().then(() => {
  console.log('in job');
  throw new Error('async kaboom');
});
console.log('end of script');
