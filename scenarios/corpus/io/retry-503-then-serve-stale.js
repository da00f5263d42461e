/*---
description: fetch resolves on a 503, so the retry loop has to check response.ok itself; after three 503s with 50 ms pauses it falls back to the stale cached prices.
routes:
  - url: https://api.example.com/prices
    status: 503
    body: { error: maintenance }
    latency: fixed(30)
expect:
  timings:
    - line: attempt 1 got 503 Service Unavailable
      at: 30
    - line: attempt 2 got 503 Service Unavailable
      at: 110
    - line: attempt 3 got 503 Service Unavailable
      at: 190
    - line: 'serving stale prices: apple=1.2'
      at: 190
---*/
const stale = { apple: 1.2 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function loadPrices() {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const response = await fetch('https://api.example.com/prices');
    if (response.ok) return response.json();
    console.log(`attempt ${attempt} got ${response.status} ${response.statusText}`);
    if (attempt < 3) await sleep(50);
  }
  return null;
}

loadPrices().then((prices) => {
  if (prices) console.log('fresh prices', prices);
  else console.log(`serving stale prices: apple=${stale.apple}`);
});
