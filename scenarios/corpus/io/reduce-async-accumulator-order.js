/*---
description: An async reducer that awaits the accumulator before starting its request runs the requests one after the other (30 + 40 + 50 ms); starting the request first and awaiting the accumulator second overlaps them (50 ms more).
routes:
  - url: https://api.example.com/prices/pen
    body: { price: 3 }
    latency: fixed(30)
  - url: https://api.example.com/prices/ink
    body: { price: 12 }
    latency: fixed(40)
  - url: https://api.example.com/prices/pad
    body: { price: 5 }
    latency: fixed(50)
expect:
  timings:
    - line: 'sequential reduce: 20'
      at: 120
    - line: 'overlapping reduce: 20'
      at: 170
---*/
async function price(item) {
  const response = await fetch(`https://api.example.com/prices/${item}`);
  return (await response.json()).price;
}

const items = ['pen', 'ink', 'pad'];

async function main() {
  const sequential = await items.reduce(async (accPromise, item) => {
    const acc = await accPromise;
    return acc + (await price(item));
  }, Promise.resolve(0));
  console.log('sequential reduce:', sequential);

  const overlapping = await items.reduce(async (accPromise, item) => {
    const p = price(item);
    return (await accPromise) + (await p);
  }, Promise.resolve(0));
  console.log('overlapping reduce:', overlapping);
}

main();
