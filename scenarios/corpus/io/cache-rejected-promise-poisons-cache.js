/*---
description: A promise cache that keeps a rejected promise answers every later call with the old failure without asking again; deleting the entry on failure makes the later call retry.
routes:
  - url: https://api.example.com/rates/eur
    latency: fixed(30)
    fail: fail(1)
  - url: https://api.example.com/rates/usd
    latency: fixed(40)
    fail: fail(1)
expect:
  timings:
    - line: 'sticky, first call: fetch failed (requests: 1)'
      at: 30
    - line: 'evicting, first call: fetch failed (requests: 1)'
      at: 40
    - line: 'sticky, second call: fetch failed (requests: 1)'
      at: 100
    - line: 'evicting, second call: fetch failed (requests: 2)'
      at: 140
---*/
function promiseCache(evictOnFailure) {
  const entries = new Map();
  const cache = {
    requests: 0,
    get(url) {
      if (!entries.has(url)) {
        cache.requests++;
        const pending = fetch(url).then((response) => response.json());
        if (evictOnFailure) pending.catch(() => entries.delete(url));
        entries.set(url, pending);
      }
      return entries.get(url);
    },
  };
  return cache;
}

async function call(name, cache, url, which) {
  try {
    await cache.get(url);
  } catch (error) {
    console.log(`${name}, ${which} call: ${error.message} (requests: ${cache.requests})`);
  }
}

const sticky = promiseCache(false);
const evicting = promiseCache(true);
call('sticky', sticky, 'https://api.example.com/rates/eur', 'first');
call('evicting', evicting, 'https://api.example.com/rates/usd', 'first');
setTimeout(() => {
  call('sticky', sticky, 'https://api.example.com/rates/eur', 'second');
  call('evicting', evicting, 'https://api.example.com/rates/usd', 'second');
}, 100);
