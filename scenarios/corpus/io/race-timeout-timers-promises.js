/*---
description: A timeout written with timers/promises' setTimeout races a slow search; the search result that arrives later is ignored.
routes:
  - url: https://api.example.com/search?q=loop
    body: { hits: 12 }
    latency: fixed(200)
expect:
  timings:
    - line: 'search: timed out, showing cached hits'
      at: 150
    - line: late answer ignored (12 hits)
      at: 200
---*/
const { setTimeout: sleep } = require('timers/promises');

async function search(q) {
  const response = await fetch(`https://api.example.com/search?q=${q}`);
  const result = await response.json();
  return result;
}

async function searchWithTimeout(q, ms) {
  const pending = search(q);
  const winner = await Promise.race([pending, sleep(ms, 'timeout')]);
  if (winner === 'timeout') {
    console.log('search: timed out, showing cached hits');
    pending.then((late) => console.log(`late answer ignored (${late.hits} hits)`));
    return null;
  }
  return winner;
}

searchWithTimeout('loop', 150);
