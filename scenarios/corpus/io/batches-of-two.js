/*---
description: Processing items in batches of two with Promise.all waits for the slowest request of each batch before starting the next, so the total is the sum of the batch maxima.
routes:
  - url: https://api.example.com/thumbnails/1
    latency: fixed(40)
  - url: https://api.example.com/thumbnails/2
    latency: fixed(10)
  - url: https://api.example.com/thumbnails/3
    latency: fixed(30)
  - url: https://api.example.com/thumbnails/4
    latency: fixed(50)
  - url: https://api.example.com/thumbnails/5
    latency: fixed(20)
expect:
  timings:
    - line: batch 1,2 done
      at: 40
    - line: batch 3,4 done
      at: 90
    - line: batch 5 done
      at: 110
---*/
async function render(id) {
  const response = await fetch(`https://api.example.com/thumbnails/${id}`);
  return response.status;
}

async function renderAll(ids, size) {
  for (let i = 0; i < ids.length; i += size) {
    const batch = ids.slice(i, i + size);
    await Promise.all(batch.map(render));
    console.log(`batch ${batch.join(',')} done`);
  }
}

renderAll([1, 2, 3, 4, 5], 2);
