/*---
description: A getJson helper that throws on !response.ok turns a 500 into a rejection the caller can catch, naming the status and the URL.
routes:
  - url: https://api.example.com/stats
    status: 500
    body: internal error
    latency: fixed(25)
  - url: https://api.example.com/version
    body: { version: 3 }
    latency: fixed(15)
expect:
  timings:
    - line: version 3
      at: 15
    - line: 'stats failed: HTTP 500 Internal Server Error for https://api.example.com/stats'
      at: 25
---*/
async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`HTTP ${response.status} ${response.statusText} for ${url}`);
  }
  return response.json();
}

getJson('https://api.example.com/version').then((v) => console.log('version', v.version));
getJson('https://api.example.com/stats')
  .then((stats) => console.log('stats', stats))
  .catch((error) => console.log('stats failed:', error.message));
