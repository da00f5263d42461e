// An interval can be unref'd from inside its callback, after which it no longer keeps the process alive.
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n, 'hasRef', iv.hasRef());
  if (n === 2) iv.unref();
}, 30);
setTimeout(() => console.log('keeper at 105 ms'), 105);
process.on('exit', () => console.log('exit after', n, 'runs'));
