/*---
description: Mirrors with exponential(50) latencies race under Promise.any; which mirror wins depends on the seed, so the script prints only that one did, and that every mirror answered in the end.
seed: 21
latency: exponential(50)
routes:
  - url: https://api.example.com/mirrors/*
    body: 'sha256:9f86d0'
expect:
  timings:
    - line: 'checksum sha256:9f86d0 from the fastest mirror'
      at: [0, 1000]
    - line: all 3 mirrors answered
      at: [0, 1000]
---*/
let answered = 0;

function checksum(mirror) {
  return fetch(`https://api.example.com/mirrors/${mirror}/checksum`)
    .then((response) => response.text())
    .finally(() => {
      if (++answered === 3) console.log('all 3 mirrors answered');
    });
}

Promise.any(['1', '2', '3'].map(checksum)).then((text) => {
  console.log(`checksum ${text} from the fastest mirror`);
});
