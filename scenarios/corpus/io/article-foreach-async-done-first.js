/*---
description: items.forEach(async …) does not wait, so "done" is logged before any item is processed.
routes:
  - url: https://api.example.com/items/*
    body: { ok: true }
    latency: sequence(10, 20, 30)
expect:
  timings:
    - line: done
      at: 0
    - line: processed a
      at: 10
    - line: processed c
      at: 30
---*/
const items = ['a', 'b', 'c'];

items.forEach(async (item) => {
  await fetch(`https://api.example.com/items/${item}`);
  console.log('processed', item);
});
console.log('done');
