// After process.exit(), promise jobs queued in an 'exit' listener never run.
process.on('exit', (code) => {
  console.log('exit', code);
  Promise.resolve().then(() => console.log('promise (never)'));
  queueMicrotask(() => console.log('queueMicrotask (never)'));
});
setTimeout(() => {
  console.log('timer calls process.exit(0)');
  process.exit(0);
}, 1);
