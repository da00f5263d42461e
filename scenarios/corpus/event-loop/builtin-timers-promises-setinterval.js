// timers/promises setInterval is an async iterator yielding the value every period; break stops it.
const { setInterval: every } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of every(10, 'tick')) {
    n++;
    console.log(v, n);
    if (n === 3) break;
  }
  console.log('loop done');
})();
process.on('exit', () => console.log('exit'));
