/*---
description: A cache entry that lives 100 ms serves the call at 60 ms from memory and makes the call at 150 ms fetch again.
routes:
  - url: https://api.example.com/weather
    body: { celsius: 21 }
    latency: fixed(30)
expect:
  timings:
    - line: 'at call 1: 21 °C (fetched)'
      at: 30
    - line: 'at call 2: 21 °C (cached)'
      at: 60
    - line: 'at call 3: 21 °C (fetched)'
      at: 180
---*/
const TTL = 100;
let entry = null;

async function weather() {
  if (entry && Date.now() - entry.storedAt < TTL) return { ...entry.value, source: 'cached' };
  const response = await fetch('https://api.example.com/weather');
  const value = await response.json();
  entry = { value, storedAt: Date.now() };
  return { ...value, source: 'fetched' };
}

async function call(n) {
  const w = await weather();
  console.log(`at call ${n}: ${w.celsius} °C (${w.source})`);
}

call(1);
setTimeout(() => call(2), 60);
setTimeout(() => call(3), 150);
