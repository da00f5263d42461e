/*---
description: Under --unhandled-rejections=warn a failed request without a catch only prints a warning on stderr; the process finishes its work and exits with 0.
flags: [--unhandled-rejections=warn]
routes:
  - url: https://api.example.com/audit
    latency: fixed(15)
    fail: fail(1)
  - url: https://api.example.com/orders
    body: [{ id: 1 }]
    latency: fixed(50)
expect:
  timings:
    - line: 1 orders
      at: 50
    - line: exit code 0
      at: 50
---*/
process.on('exit', (code) => console.log('exit code', code));

fetch('https://api.example.com/audit', { method: 'POST' });
fetch('https://api.example.com/orders')
  .then((response) => response.json())
  .then((orders) => console.log(orders.length, 'orders'));
