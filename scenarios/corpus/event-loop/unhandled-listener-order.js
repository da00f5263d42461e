// Several unhandled rejections are reported in the order they were rejected, after the ticks and microtasks.
process.on('unhandledRejection', (reason) => console.log('unhandled', reason));
Promise.reject('first');
new Promise((_, reject) => setTimeout(() => reject('third, from a timer'), 5));
Promise.reject('second');
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
