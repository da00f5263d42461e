/*---
description: Results pushed as each request completes arrive in a seed-dependent order; sorting before printing keeps the output the same under any seed, and the last push happens within the latency range.
seed: 5
routes:
  - url: https://api.example.com/scores/*
    body: { ok: true }
    latency: uniform(10, 90)
expect:
  timings:
    - line: 'completed: ada, grace, linus'
      at: [10, 90]
---*/
const completed = [];

async function score(name) {
  await fetch(`https://api.example.com/scores/${name}`);
  completed.push(name);
  if (completed.length === 3) console.log('completed:', [...completed].sort().join(', '));
}

['linus', 'ada', 'grace'].forEach(score);
