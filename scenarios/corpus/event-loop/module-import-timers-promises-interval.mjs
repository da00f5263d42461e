// import of 'timers/promises' setInterval in a top-level for await loop.
import { setInterval, setImmediate } from 'node:timers/promises';
let n = 0;
for await (const v of setInterval(10, 'x')) {
  console.log(v, ++n);
  if (n === 3) break;
}
console.log('after loop', await setImmediate('immediate'));
