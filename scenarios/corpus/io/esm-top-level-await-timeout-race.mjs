/*---
description: An ES module races a slow request against timers/promises' setTimeout at top level and goes on with a default after 80 ms; the slow request still keeps the process alive until 200 ms.
routes:
  - url: https://api.example.com/recommendations
    body: { items: [a, b] }
    latency: fixed(200)
expect:
  timings:
    - line: recommendations skipped after 80 ms
      at: 80
    - line: page rendered with 0 recommendations
      at: 80
    - line: exit
      at: 200
---*/
import { setTimeout as sleep } from 'node:timers/promises';

process.on('exit', () => console.log('exit'));

const recommendations = await Promise.race([
  fetch('https://api.example.com/recommendations').then((r) => r.json()),
  sleep(80, null),
]);
if (recommendations === null) console.log('recommendations skipped after 80 ms');
const count = recommendations ? recommendations.items.length : 0;
console.log(`page rendered with ${count} recommendations`);
