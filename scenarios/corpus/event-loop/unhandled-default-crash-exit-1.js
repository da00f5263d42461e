// Default mode (throw): an unhandled rejection crashes with exit code 1 after the drain; later timers never run.
process.on('exit', (code) => console.log('exit event', code));
setTimeout(() => console.log('timer (never)'), 0);
Promise.reject(new Error('nobody handles this'));
process.nextTick(() => console.log('tick still runs'));
Promise.resolve().then(() => console.log('microtask still runs'));
console.log('main end');
