// An ES module body run by require(): what it queues is drained as the requiring CommonJS code's work.
console.log('esm body');
Promise.resolve().then(() => console.log('esm promise'));
process.nextTick(() => console.log('esm nextTick'));
queueMicrotask(() => console.log('esm microtask'));
export const ready = true;
