/*---
description: A pool of two workers pulling from a shared queue starts the next item as soon as a worker is free, so it beats fixed batches (90 ms here instead of 110).
routes:
  - url: https://api.example.com/thumbnails/1
    latency: fixed(40)
  - url: https://api.example.com/thumbnails/2
    latency: fixed(10)
  - url: https://api.example.com/thumbnails/3
    latency: fixed(35)
  - url: https://api.example.com/thumbnails/4
    latency: fixed(50)
  - url: https://api.example.com/thumbnails/5
    latency: fixed(20)
expect:
  timings:
    - line: worker B finished 2
      at: 10
    - line: worker A finished 1
      at: 40
    - line: worker B finished 3
      at: 45
    - line: worker B finished 5
      at: 65
    - line: worker A finished 4
      at: 90
    - line: all 5 rendered
      at: 90
---*/
const queue = [1, 2, 3, 4, 5];
let rendered = 0;

async function worker(name) {
  while (queue.length > 0) {
    const id = queue.shift();
    await fetch(`https://api.example.com/thumbnails/${id}`);
    rendered++;
    console.log(`worker ${name} finished ${id}`);
  }
}

Promise.all([worker('A'), worker('B')]).then(() => console.log(`all ${rendered} rendered`));
