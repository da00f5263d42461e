// Ticks and microtasks queued by an unhandledRejection listener run before the next timer.
process.on('unhandledRejection', () => {
  console.log('listener');
  process.nextTick(() => console.log('tick from listener'));
  Promise.resolve().then(() => console.log('microtask from listener'));
});
setTimeout(() => console.log('timer'), 0);
Promise.reject(new Error('x'));
