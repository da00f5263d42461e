/*---
description: With an unhandledRejection listener the failed request is only logged and the process goes on, so the timer at 100 ms runs and the exit code is 0.
routes:
  - url: https://api.example.com/metrics
    latency: fixed(35)
    fail: fail(1)
expect:
  timings:
    - line: 'unhandled: fetch failed'
      at: 35
    - line: still running
      at: 100
    - line: exit code 0
      at: 100
---*/
process.on('unhandledRejection', (reason) => console.log('unhandled:', reason.message));
process.on('exit', (code) => console.log('exit code', code));

fetch('https://api.example.com/metrics', { method: 'POST' }).then((response) => response.json());

setTimeout(() => console.log('still running'), 100);
