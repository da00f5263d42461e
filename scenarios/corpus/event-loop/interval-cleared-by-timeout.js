// clearInterval from another timer stops a running interval.
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 2) {
    setTimeout(() => {
      clearInterval(iv);
      console.log('timeout cleared the interval after', n, 'runs');
    }, 5);
  }
}, 40);
