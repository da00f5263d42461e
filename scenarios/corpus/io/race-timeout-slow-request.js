/*---
description: A Promise.race timeout gives up on a slow request after 100 ms, but it does not cancel the request, which keeps the process alive until it answers.
routes:
  - url: https://api.example.com/reports/annual
    body: { pages: 412 }
    latency: fixed(300)
expect:
  timings:
    - line: 'gave up: timed out after 100 ms'
      at: 100
    - line: exit
      at: 300
---*/
function timeout(ms) {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
}

async function loadReport() {
  const response = await fetch('https://api.example.com/reports/annual');
  return response.json();
}

process.on('exit', () => console.log('exit'));

Promise.race([loadReport(), timeout(100)])
  .then((report) => console.log('pages', report.pages))
  .catch((error) => console.log('gave up:', error.message));
