// A CommonJS module whose body queues a nextTick and a promise job while an ES module graph evaluates.
console.log('interop-cjs-queues.cjs body');
process.nextTick(() => console.log('cjs nextTick'));
Promise.resolve().then(() => console.log('cjs promise'));
