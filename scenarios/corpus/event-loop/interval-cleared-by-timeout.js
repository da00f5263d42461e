// clearInterval from another timer stops a running interval.
let n = 0;
const iv = setInterval(() => console.log('interval', ++n), 40);
setTimeout(() => {
  clearInterval(iv);
  console.log('timeout cleared the interval after', n, 'ticks');
}, 100);
