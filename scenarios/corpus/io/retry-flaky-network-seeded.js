/*---
description: Against a flaky endpoint (half the requests fail) a retry loop with a 10 ms pause succeeds within ten attempts; which attempt succeeds is drawn from the seed, and the run replays it exactly.
seed: 42
routes:
  - url: https://api.example.com/feed
    body: { entries: 5 }
    latency: fixed(10)
    fail: fail(0.5)
expect:
  timings:
    - line: feed loaded with 5 entries
      at: [10, 190]
---*/
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function loadFeed() {
  for (let attempt = 1; attempt <= 10; attempt++) {
    try {
      const response = await fetch('https://api.example.com/feed');
      const feed = await response.json();
      console.log(`attempt ${attempt} succeeded`);
      return feed;
    } catch (error) {
      console.log(`attempt ${attempt} failed: ${error.message}`);
      await sleep(10);
    }
  }
  throw new Error('feed unavailable');
}

loadFeed().then((feed) => console.log(`feed loaded with ${feed.entries} entries`));
