/*---
description: A failed request awaited at the top level of an ES module rejects the module's evaluation, so Node prints the error and exits with code 1; the rest of the module never runs.
routes:
  - url: https://api.example.com/bootstrap
    latency: fixed(30)
    fail: fail(1)
expect:
  timings:
    - line: bootstrapping
      at: 0
    - line: exit code 1
      at: 30
---*/
process.on('exit', (code) => console.log('exit code', code));

console.log('bootstrapping');
const response = await fetch('https://api.example.com/bootstrap');
console.log('never printed', response.status);
