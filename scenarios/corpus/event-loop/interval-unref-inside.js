// An interval unref'd inside its callback runs on only while another timer keeps the process alive.
let n = 0;
const keeper = setTimeout(() => console.log('keeper (never: cleared in run 3)'), 10000);
const iv = setInterval(() => {
  console.log('interval', ++n, 'hasRef', iv.hasRef());
  if (n === 2) iv.unref();
  if (n === 3) clearTimeout(keeper);
}, 30);
process.on('exit', () => console.log('exit after', n, 'runs'));
