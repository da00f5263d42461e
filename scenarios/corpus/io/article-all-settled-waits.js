/*---
description: Promise.allSettled waits for every request and reports each outcome in input order.
routes:
  - url: https://api.example.com/user
    body: { name: Ada }
    latency: fixed(300)
  - url: https://api.example.com/orders
    latency: fixed(40)
    fail: fail(1)
expect:
  timings:
    - line: 'fulfilled: Ada'
      at: 300
    - line: 'rejected: fetch failed'
      at: 300
---*/
async function getJson(path) {
  const response = await fetch(`https://api.example.com/${path}`);
  return response.json();
}

Promise.allSettled([getJson('user'), getJson('orders')]).then((results) => {
  for (const result of results) {
    if (result.status === 'fulfilled') console.log('fulfilled:', result.value.name);
    else console.log('rejected:', result.reason.message);
  }
});
