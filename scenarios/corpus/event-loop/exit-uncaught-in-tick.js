// An uncaught exception in a nextTick callback: exit code 1, microtasks queued earlier never run.
process.on('exit', (code) => console.log('exit', code));
Promise.resolve().then(() => console.log('microtask (never)'));
process.nextTick(() => {
  console.log('tick throws');
  throw new Error('in tick');
});
process.nextTick(() => console.log('second tick (never)'));
