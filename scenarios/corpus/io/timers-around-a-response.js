/*---
description: Timers due before and after a request's completion run on either side of it; a 0 ms timer runs before both.
routes:
  - url: https://api.example.com/status
    body: { up: true }
    latency: fixed(100)
expect:
  timings:
    - line: timer 0
      at: 1
    - line: timer 50
      at: 50
    - line: response up=true
      at: 100
    - line: timer 150
      at: 150
---*/
fetch('https://api.example.com/status')
  .then((response) => response.json())
  .then((status) => console.log(`response up=${status.up}`));

setTimeout(() => console.log('timer 150'), 150);
setTimeout(() => console.log('timer 50'), 50);
setTimeout(() => console.log('timer 0'), 0);
