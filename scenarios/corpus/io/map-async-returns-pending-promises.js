/*---
description: items.map(async …) returns an array of pending promises, not values; awaiting Promise.all of that array gives the values once the slowest request answered.
routes:
  - url: https://api.example.com/users/1
    body: { name: Ada }
    latency: fixed(40)
  - url: https://api.example.com/users/2
    body: { name: Grace }
    latency: fixed(25)
expect:
  timings:
    - line: '[ Promise { <pending> }, Promise { <pending> } ]'
      at: 0
    - line: "[ 'Ada', 'Grace' ]"
      at: 40
---*/
async function main() {
  const names = [1, 2].map(async (id) => {
    const response = await fetch(`https://api.example.com/users/${id}`);
    return (await response.json()).name;
  });
  console.log(names);
  console.log(await Promise.all(names));
}

main();
