/*---
description: A network failure rejects fetch with Node's TypeError whose message is just 'fetch failed'; the reason is in error.cause, not in the message.
routes:
  - url: https://api.example.com/health
    latency: fixed(35)
    fail: fail(1)
expect:
  timings:
    - line: 'TypeError: fetch failed'
      at: 35
---*/
async function health() {
  try {
    const response = await fetch('https://api.example.com/health');
    console.log('status', response.status);
  } catch (error) {
    console.log(`${error.name}: ${error.message}`);
    console.log('is a TypeError:', error instanceof TypeError);
    console.log('has a cause:', error.cause !== undefined);
  }
}

health();
