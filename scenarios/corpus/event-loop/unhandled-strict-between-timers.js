// flags: --unhandled-rejections=strict
// strict mode checks between two timers too: the crash comes before the second timer.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => {
  console.log('timer 1');
  Promise.reject(new Error('strict in timer'));
}, 5);
setTimeout(() => console.log('timer 2 (never)'), 5);
