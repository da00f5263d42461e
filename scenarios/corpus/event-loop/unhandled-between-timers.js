// Rejections are checked between two timers: the second timer of the list never runs.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer 1 rejects');
  Promise.reject(new Error('from timer 1'));
}, 5);
setTimeout(() => console.log('timer 2 (never)'), 5);
