/*---
description: A heartbeat interval every 50 ms stops beating while a response is processed synchronously for 180 ms (from 120 ms), then beats once at 300 ms and goes on 50 ms later; the missed beats are not made up.
routes:
  - url: https://api.example.com/big-export
    body: { items: 1200 }
    latency: fixed(120)
expect:
  timings:
    - line: beat 1
      at: 50
    - line: beat 2
      at: 100
    - line: processed 1200 items
      at: 300
    - line: beat 3
      at: 300
    - line: beat 4
      at: 350
---*/
const busy = require('./lib/busy.js');
let beats = 0;

const heartbeat = setInterval(() => {
  console.log('beat', ++beats);
  if (beats === 4) clearInterval(heartbeat);
}, 50);

fetch('https://api.example.com/big-export')
  .then((response) => response.json())
  .then((data) => {
    busy(180);
    console.log(`processed ${data.items} items`);
  });
