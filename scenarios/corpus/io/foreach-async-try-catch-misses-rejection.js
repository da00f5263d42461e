/*---
description: A try/catch around forEach(async …) cannot catch a failed request inside the callback; the rejection is unhandled and the process crashes with exit code 1 when it happens.
routes:
  - url: https://api.example.com/sync/ok
    latency: fixed(10)
  - url: https://api.example.com/sync/broken
    latency: fixed(25)
    fail: fail(1)
  - url: https://api.example.com/sync/slow
    latency: fixed(60)
expect:
  timings:
    - line: forEach returned, nothing caught
      at: 0
    - line: synced ok
      at: 10
    - line: exit code 1
      at: 25
---*/
process.on('exit', (code) => console.log('exit code', code));

try {
  ['ok', 'broken', 'slow'].forEach(async (name) => {
    await fetch(`https://api.example.com/sync/${name}`);
    console.log('synced', name);
  });
  console.log('forEach returned, nothing caught');
} catch (error) {
  console.log('never printed:', error.message);
}
