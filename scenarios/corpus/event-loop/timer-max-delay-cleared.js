// The largest delay, 2^31-1 ms (about 24.8 days), is kept as is; clearing it lets the process end.
const far = setTimeout(() => console.log('24 days later (never)'), 2 ** 31 - 1);
setTimeout(() => {
  console.log('clearing the far timer');
  clearTimeout(far);
}, 10);
process.on('exit', (code) => console.log('exit', code));
