/*---
description: A response handler that keeps the CPU busy for 200 ms (from 50 ms on) delays the timer due at 100 ms until 250 ms; timers cannot interrupt running JavaScript.
routes:
  - url: https://api.example.com/report
    body: { rows: 50000 }
    latency: fixed(50)
expect:
  timings:
    - line: 'report: 50000 rows, crunching…'
      at: 50
    - line: report crunched
      at: 250
    - line: timer due at 100 ms ran
      at: 250
---*/
const busy = require('./lib/busy.js');

setTimeout(() => console.log('timer due at 100 ms ran'), 100);

fetch('https://api.example.com/report')
  .then((response) => response.json())
  .then((report) => {
    console.log(`report: ${report.rows} rows, crunching…`);
    busy(200);
    console.log('report crunched');
  });
