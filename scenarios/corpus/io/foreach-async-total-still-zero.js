/*---
description: Summing prices inside forEach(async …) leaves the total at 0 when it is printed right after the loop; the additions happen later, as each request answers.
routes:
  - url: https://api.example.com/prices/pen
    body: { price: 3 }
    latency: fixed(30)
  - url: https://api.example.com/prices/ink
    body: { price: 12 }
    latency: fixed(50)
  - url: https://api.example.com/prices/pad
    body: { price: 5 }
    latency: fixed(20)
expect:
  timings:
    - line: 'total right after forEach: 0'
      at: 0
    - line: 'total so far: 5'
      at: 20
    - line: 'total so far: 8'
      at: 30
    - line: 'total so far: 20'
      at: 50
---*/
let total = 0;

['pen', 'ink', 'pad'].forEach(async (item) => {
  const response = await fetch(`https://api.example.com/prices/${item}`);
  const { price } = await response.json();
  total += price;
  console.log('total so far:', total);
});

console.log('total right after forEach:', total);
