/*---
description: With for await over already-started requests, a later request that fails while the loop still waits for the first is an unhandled rejection, so the process crashes at 20 ms despite the try/catch around the loop.
routes:
  - url: https://api.example.com/regions/eu
    body: { ok: true }
    latency: fixed(100)
  - url: https://api.example.com/regions/us
    latency: fixed(20)
    fail: fail(1)
expect:
  timings:
    - line: waiting for eu first
      at: 0
    - line: exit code 1
      at: 20
---*/
process.on('exit', (code) => console.log('exit code', code));

async function main() {
  const pending = ['eu', 'us'].map((name) => fetch(`https://api.example.com/regions/${name}`));
  console.log('waiting for eu first');
  try {
    for await (const response of pending) {
      console.log('status', response.status);
    }
  } catch (error) {
    console.log('caught too late:', error.message);
  }
}

main();
