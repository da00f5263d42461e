/*---
description: for await over an array of already-started requests yields them in array order, so the fast ones wait behind the slow first one and all three print at 100 ms.
routes:
  - url: https://api.example.com/regions/eu
    body: { latencyClass: slow }
    latency: fixed(100)
  - url: https://api.example.com/regions/us
    body: { latencyClass: fast }
    latency: fixed(20)
  - url: https://api.example.com/regions/ap
    body: { latencyClass: medium }
    latency: fixed(50)
expect:
  timings:
    - line: eu slow
      at: 100
    - line: us fast
      at: 100
    - line: ap medium
      at: 100
---*/
async function region(name) {
  const response = await fetch(`https://api.example.com/regions/${name}`);
  return { name, ...(await response.json()) };
}

async function main() {
  const pending = ['eu', 'us', 'ap'].map(region);
  for await (const r of pending) {
    console.log(r.name, r.latencyClass);
  }
}

main();
