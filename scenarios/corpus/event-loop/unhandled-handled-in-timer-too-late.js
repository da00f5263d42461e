// A handler attached in a later macrotask is too late: the default mode has already crashed.
const p = Promise.reject(new Error('too late'));
setTimeout(() => {
  console.log('timer (never)');
  p.catch(() => {});
}, 0);
process.on('exit', (code) => console.log('exit', code));
