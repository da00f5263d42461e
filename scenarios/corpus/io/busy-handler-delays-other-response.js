/*---
description: Two requests answer at 50 and 60 ms, but the first handler blocks the loop for 200 ms, so the second response, although it arrived at 60 ms, is handled at 250 ms.
routes:
  - url: https://api.example.com/a
    latency: fixed(50)
  - url: https://api.example.com/b
    latency: fixed(60)
expect:
  timings:
    - line: handling a
      at: 50
    - line: handling b
      at: 250
---*/
const busy = require('./lib/busy.js');

fetch('https://api.example.com/a').then(() => {
  console.log('handling a');
  busy(200);
});
fetch('https://api.example.com/b').then(() => console.log('handling b'));
