/*---
description: A setInterval poller checks every 100 ms for a flag file that another task writes at 250 ms; the first two checks see ENOENT and the third finds it.
files:
  ready.flag:
    latency: fixed(2)
expect:
  timings:
    - line: 'check 1: not yet'
      at: 102
    - line: 'check 2: not yet'
      at: 202
    - line: flag written
      at: 252
    - line: 'check 3: ready'
      at: 302
---*/
const fs = require('fs');
const flag = `${__dirname}/ready.flag`;
let checks = 0;

const poller = setInterval(() => {
  const n = ++checks;
  fs.stat(flag, (error) => {
    if (error && error.code === 'ENOENT') {
      console.log(`check ${n}: not yet`);
      return;
    }
    console.log(`check ${n}: ready`);
    clearInterval(poller);
  });
}, 100);

setTimeout(() => {
  fs.writeFile(flag, 'ok', () => console.log('flag written'));
}, 250);
