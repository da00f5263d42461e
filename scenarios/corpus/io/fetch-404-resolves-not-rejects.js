/*---
description: fetch resolves on an HTTP 404, so a catch-only error handler never runs; the code has to look at response.ok and status itself.
routes:
  - url: https://api.example.com/articles/999
    status: 404
    body: { error: article 999 does not exist }
    latency: fixed(45)
expect:
  timings:
    - line: 'ok false, status 404 Not Found'
      at: 45
    - line: 'server says: article 999 does not exist'
      at: 45
---*/
fetch('https://api.example.com/articles/999')
  .then(async (response) => {
    console.log(`ok ${response.ok}, status ${response.status} ${response.statusText}`);
    const body = await response.json();
    console.log('server says:', body.error);
  })
  .catch((error) => console.log('never printed for a 404:', error.message));
