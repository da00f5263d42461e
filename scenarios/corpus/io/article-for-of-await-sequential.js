/*---
description: for…of with await processes the items one after another, so the total is the sum.
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
    - line: all processed in order a,b,c
      at: 100
---*/
async function processAll(items) {
  const names = [];
  for (const item of items) {
    const response = await fetch(`https://api.example.com/items/${item}`);
    names.push((await response.json()).name);
  }
  console.log('all processed in order', names.join(','));
}

processAll(['a', 'b', 'c']);
