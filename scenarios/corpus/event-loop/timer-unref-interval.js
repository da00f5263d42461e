// An unref'd interval runs only while a ref'd timer keeps the process alive; refresh() keeps that one going.
let n = 0;
const keeper = setTimeout(() => console.log('keeper (never)'), 10000);
const iv = setInterval(() => {
  console.log('interval run', ++n);
  if (n < 3) keeper.refresh();
  else clearTimeout(keeper);
}, 20);
iv.unref();
console.log('interval hasRef:', iv.hasRef());
process.on('exit', () => console.log('runs:', n));
