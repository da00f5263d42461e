/*---
description: Promise.all(items.map(…)) processes the items concurrently, so the total is the slowest one.
routes:
  - url: https://api.example.com/items/a
    body: { name: a }
    latency: fixed(30)
  - url: https://api.example.com/items/b
    body: { name: b }
    latency: fixed(50)
  - url: https://api.example.com/items/c
    body: { name: c }
    latency: fixed(20)
expect:
  timings:
    - line: all processed, results in input order a,b,c
      at: 50
---*/
async function processAll(items) {
  const names = await Promise.all(
    items.map(async (item) => {
      const response = await fetch(`https://api.example.com/items/${item}`);
      return (await response.json()).name;
    }),
  );
  console.log('all processed, results in input order', names.join(','));
}

processAll(['a', 'b', 'c']);
