/*---
description: With uniform(20, 80) latencies the requests finish in an order that depends on the seed, but Promise.all still hands back the results in input order, after the slowest one.
seed: 11
latency: uniform(20, 80)
routes:
  - url: https://api.example.com/cities/oslo
    body: { name: Oslo, celsius: 4 }
  - url: https://api.example.com/cities/lima
    body: { name: Lima, celsius: 19 }
  - url: https://api.example.com/cities/pune
    body: { name: Pune, celsius: 31 }
  - url: https://api.example.com/cities/kyiv
    body: { name: Kyiv, celsius: 9 }
expect:
  timings:
    - line: 'Oslo 4, Lima 19, Pune 31, Kyiv 9'
      at: [20, 80]
---*/
async function weather(city) {
  const response = await fetch(`https://api.example.com/cities/${city}`);
  return response.json();
}

Promise.all(['oslo', 'lima', 'pune', 'kyiv'].map(weather)).then((reports) => {
  console.log(reports.map((r) => `${r.name} ${r.celsius}`).join(', '));
});
