/*---
description: When the request wins the race, clearing the timeout timer in finally lets the process exit as soon as the answer is in.
routes:
  - url: https://api.example.com/reports/daily
    body: { pages: 3 }
    latency: fixed(40)
expect:
  timings:
    - line: pages 3
      at: 40
    - line: exit
      at: 40
---*/
async function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

process.on('exit', () => console.log('exit'));

withTimeout(fetch('https://api.example.com/reports/daily').then((r) => r.json()), 500)
  .then((report) => console.log('pages', report.pages))
  .catch((error) => console.log('gave up:', error.message));
