/*---
description: Response headers are looked up case-insensitively with headers.get, a missing one is null, and a rate-limit header drives when to call again.
routes:
  - url: https://api.example.com/search?q=async
    headers: { Content-Type: application/json, X-RateLimit-Remaining: '0', Retry-After: '1' }
    body: { hits: 7 }
    latency: fixed(20)
expect:
  timings:
    - line: 'content-type: application/json'
      at: 20
    - line: next search allowed after the 1000 ms pause
      at: 1020
---*/
async function main() {
  const response = await fetch('https://api.example.com/search?q=async');
  console.log('content-type:', response.headers.get('content-type'));
  console.log('remaining:', response.headers.get('x-ratelimit-remaining'));
  console.log('etag:', response.headers.get('ETag'));
  console.log('hits:', (await response.json()).hits);
  if (response.headers.get('X-RateLimit-Remaining') === '0') {
    const pause = Number(response.headers.get('retry-after')) * 1000;
    setTimeout(() => console.log(`next search allowed after the ${pause} ms pause`), pause);
  }
}

main();
