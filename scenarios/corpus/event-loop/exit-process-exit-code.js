// process.exit(3) exits immediately with code 3; queued ticks, microtasks and timers never run.
process.on('exit', (code) => console.log('exit event', code));
process.on('beforeExit', () => console.log('beforeExit (never)'));
process.nextTick(() => console.log('tick (never)'));
Promise.resolve().then(() => console.log('microtask (never)'));
setTimeout(() => console.log('timer (never)'), 0);
console.log('calling exit');
process.exit(3);
