/*---
description: Each attempt gets a 100 ms timeout; the server is slow twice (sequence latencies 300, 300, then 30), so the third attempt succeeds, while the abandoned second request keeps the process alive until it answers at 460 ms.
routes:
  - url: https://api.example.com/exchange-rate
    body: { eur: 0.92 }
    latency: sequence(300, 300, 30)
expect:
  timings:
    - line: attempt 1 timed out
      at: 100
    - line: attempt 2 timed out
      at: 260
    - line: 'attempt 3 succeeded: eur 0.92'
      at: 350
    - line: exit
      at: 460
---*/
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function attemptWithTimeout(ms) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  try {
    const response = await Promise.race([fetch('https://api.example.com/exchange-rate'), timeout]);
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

async function main() {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const rate = await attemptWithTimeout(100);
      console.log(`attempt ${attempt} succeeded: eur ${rate.eur}`);
      return;
    } catch (error) {
      console.log(`attempt ${attempt} ${error.message}`);
      await sleep(60);
    }
  }
}

process.on('exit', () => console.log('exit'));
main();
