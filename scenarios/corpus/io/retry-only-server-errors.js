/*---
description: A client that retries 5xx answers but not 4xx gives up on the 404 at once and retries the 500 twice, 100 ms apart.
routes:
  - url: https://api.example.com/users/404
    status: 404
    body: { error: no such user }
    latency: fixed(20)
  - url: https://api.example.com/reports/1
    status: 500
    latency: fixed(20)
expect:
  timings:
    - line: 'user: 404 Not Found, not retried'
      at: 20
    - line: 'report: 500 Internal Server Error after 3 attempts'
      at: 280
---*/
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function getWithRetry(url) {
  let attempts = 0;
  for (;;) {
    attempts++;
    const response = await fetch(url);
    if (response.ok) return response.json();
    const status = `${response.status} ${response.statusText}`;
    if (response.status < 500) throw new Error(`${status}, not retried`);
    if (attempts === 3) throw new Error(`${status} after ${attempts} attempts`);
    await sleep(100);
  }
}

async function main() {
  try {
    await getWithRetry('https://api.example.com/users/404');
  } catch (error) {
    console.log('user:', error.message);
  }
  try {
    await getWithRetry('https://api.example.com/reports/1');
  } catch (error) {
    console.log('report:', error.message);
  }
}

main();
