/*---
description: When every mirror fails, Promise.any rejects with an AggregateError once the last one has failed, holding each reason in input order.
routes:
  - url: https://api.example.com/mirror-a/release.txt
    latency: fixed(20)
    fail: fail(1)
  - url: https://api.example.com/mirror-b/release.txt
    status: 503
    latency: fixed(60)
  - url: https://api.example.com/mirror-c/release.txt
    status: 404
    latency: fixed(40)
expect:
  timings:
    - line: 'AggregateError: All promises were rejected'
      at: 60
---*/
async function download(mirror) {
  const response = await fetch(`https://api.example.com/${mirror}/release.txt`);
  if (!response.ok) throw new Error(`${mirror} answered ${response.status} ${response.statusText}`);
  return response.text();
}

Promise.any(['mirror-a', 'mirror-b', 'mirror-c'].map(download)).catch((error) => {
  console.log(`${error.name}: ${error.message}`);
  for (const reason of error.errors) console.log(' -', reason.message);
});
