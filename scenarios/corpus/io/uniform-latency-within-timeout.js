/*---
description: Requests drawn from uniform(10, 90) always beat a 100 ms timeout, so every seed prints the same success, and the cleared timers let the process exit by 90 ms.
seed: 8
routes:
  - url: https://api.example.com/shards/*
    body: { healthy: true }
    latency: uniform(10, 90)
expect:
  timings:
    - line: 3 of 3 shards healthy within 100 ms
      at: [10, 90]
    - line: exit
      at: [10, 90]
---*/
async function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function shardHealthy(n) {
  const response = await withTimeout(fetch(`https://api.example.com/shards/${n}`), 100);
  return (await response.json()).healthy;
}

process.on('exit', () => console.log('exit'));
Promise.all([1, 2, 3].map(shardHealthy)).then((flags) => {
  console.log(`${flags.filter(Boolean).length} of 3 shards healthy within 100 ms`);
});
