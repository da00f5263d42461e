/*---
description: Retrying with exponential backoff (100, 200, 400 ms) during an outage makes four attempts, at 0, 120, 340 and 760 ms, before giving up.
routes:
  - url: https://api.example.com/inventory
    latency: fixed(20)
    fail: fail(1)
expect:
  timings:
    - line: 'attempt 1 failed: fetch failed'
      at: 20
    - line: 'attempt 2 failed: fetch failed'
      at: 140
    - line: 'attempt 3 failed: fetch failed'
      at: 360
    - line: 'attempt 4 failed: fetch failed'
      at: 780
    - line: giving up after 4 attempts
      at: 780
---*/
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function fetchWithRetry(url, attempts) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(url);
    } catch (error) {
      console.log(`attempt ${attempt} failed: ${error.message}`);
      if (attempt === attempts) throw new Error(`giving up after ${attempts} attempts`, { cause: error });
      await sleep(100 * 2 ** (attempt - 1));
    }
  }
}

fetchWithRetry('https://api.example.com/inventory', 4)
  .then((response) => console.log('inventory status', response.status))
  .catch((error) => console.log(error.message));
