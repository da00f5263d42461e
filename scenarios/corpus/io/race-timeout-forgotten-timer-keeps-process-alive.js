/*---
description: The same race without clearTimeout gets its answer at 40 ms, but the forgotten 500 ms timer keeps the process alive until it fires (and its rejection goes nowhere).
routes:
  - url: https://api.example.com/reports/daily
    body: { pages: 3 }
    latency: fixed(40)
expect:
  timings:
    - line: pages 3
      at: 40
    - line: exit
      at: 500
---*/
function withTimeout(promise, ms) {
  const timeout = new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]);
}

process.on('exit', () => console.log('exit'));

withTimeout(fetch('https://api.example.com/reports/daily').then((r) => r.json()), 500)
  .then((report) => console.log('pages', report.pages))
  .catch((error) => console.log('gave up:', error.message));
