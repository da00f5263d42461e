/*---
description: A for…of loop with await stops at the first failed upload, so the third file is never sent and the error reaches the caller's catch.
routes:
  - url: https://api.example.com/upload/a.png
    status: 201
    latency: fixed(30)
  - url: https://api.example.com/upload/b.png
    latency: fixed(20)
    fail: fail(1)
  - url: https://api.example.com/upload/c.png
    status: 201
    latency: fixed(10)
expect:
  timings:
    - line: uploaded a.png
      at: 30
    - line: 'upload stopped: fetch failed after 2 requests'
      at: 50
---*/
let requests = 0;

async function uploadAll(files) {
  for (const file of files) {
    requests++;
    await fetch(`https://api.example.com/upload/${file}`, { method: 'PUT' });
    console.log('uploaded', file);
  }
}

uploadAll(['a.png', 'b.png', 'c.png']).catch((error) => {
  console.log(`upload stopped: ${error.message} after ${requests} requests`);
});
