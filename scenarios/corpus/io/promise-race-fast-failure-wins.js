/*---
description: Promise.race settles with whichever request settles first, even when that is a failure and a slower request would have succeeded.
routes:
  - url: https://api.example.com/primary/quote
    latency: fixed(30)
    fail: fail(1)
  - url: https://api.example.com/backup/quote
    body: { price: 101 }
    latency: fixed(70)
expect:
  timings:
    - line: 'race rejected: fetch failed'
      at: 30
    - line: backup answered anyway with 101
      at: 70
---*/
async function quote(source) {
  const response = await fetch(`https://api.example.com/${source}/quote`);
  return response.json();
}

const backup = quote('backup');
Promise.race([quote('primary'), backup])
  .then((q) => console.log('price', q.price))
  .catch((error) => console.log('race rejected:', error.message));
backup.then((q) => console.log('backup answered anyway with', q.price));
