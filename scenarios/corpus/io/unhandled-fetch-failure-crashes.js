/*---
description: A failed request whose promise chain has no catch is an unhandled rejection, so Node crashes with exit code 1 when it fails, and the timer due later never runs.
routes:
  - url: https://api.example.com/metrics
    latency: fixed(35)
    fail: fail(1)
expect:
  timings:
    - line: sending metrics
      at: 0
    - line: exit code 1
      at: 35
---*/
process.on('exit', (code) => console.log('exit code', code));

console.log('sending metrics');
fetch('https://api.example.com/metrics', { method: 'POST', body: '{"cpu": 0.4}' })
  .then((response) => response.json())
  .then((body) => console.log('stored', body));

setTimeout(() => console.log('never printed: the process crashed first'), 100);
