// clearTimeout stops an interval and clearInterval stops a timeout: the two are interchangeable.
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 2) clearTimeout(iv);
}, 5);
const t = setTimeout(() => console.log('timeout (never)'), 10);
clearInterval(t);
