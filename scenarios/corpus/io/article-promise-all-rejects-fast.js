/*---
description: Promise.all rejects as soon as one request fails, without waiting for the slower ones.
routes:
  - url: https://api.example.com/user
    body: { name: Ada }
    latency: fixed(300)
  - url: https://api.example.com/orders
    latency: fixed(40)
    fail: fail(1)
expect:
  timings:
    - line: 'failed fast: fetch failed'
      at: 40
---*/
async function getJson(path) {
  const response = await fetch(`https://api.example.com/${path}`);
  return response.json();
}

Promise.all([getJson('user'), getJson('orders')])
  .then(() => console.log('never: one request failed'))
  .catch((error) => console.log('failed fast:', error.message));
