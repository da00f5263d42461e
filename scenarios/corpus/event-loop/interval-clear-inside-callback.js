// clearInterval inside its own callback stops the interval after that run.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n);
  if (n === 3) {
    clearInterval(iv);
    console.log('cleared');
  }
}, 5);
process.on('exit', () => console.log('ran', n, 'times'));
