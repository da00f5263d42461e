/*---
description: A 300 ms synchronous start-up leaves both a 100 ms timer and a response (in at 50 ms) overdue; the first loop iteration runs the timers phase before the poll phase, so the timer comes first.
routes:
  - url: https://api.example.com/flags
    body: { beta: true }
    latency: fixed(50)
expect:
  timings:
    - line: start-up done
      at: 300
    - line: timer (due at 100 ms)
      at: 300
    - line: flags beta=true (arrived at 50 ms)
      at: 300
---*/
const busy = require('./lib/busy.js');

fetch('https://api.example.com/flags')
  .then((response) => response.json())
  .then((flags) => console.log(`flags beta=${flags.beta} (arrived at 50 ms)`));
setTimeout(() => console.log('timer (due at 100 ms)'), 100);

busy(300);
console.log('start-up done');
