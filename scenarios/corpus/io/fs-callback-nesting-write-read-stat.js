/*---
description: Callback-style writeFile, then readFile, then stat, each started from the previous callback, so the latencies add up (20 + 10 + 5 ms).
files:
  cache.json:
    latency: sequence(20, 10, 5)
expect:
  timings:
    - line: saved
      at: 20
    - line: 'loaded: {"hits":3}'
      at: 30
    - line: size 10
      at: 35
---*/
const fs = require('fs');
const file = `${__dirname}/cache.json`;

fs.writeFile(file, JSON.stringify({ hits: 3 }), (writeError) => {
  if (writeError) throw writeError;
  console.log('saved');
  fs.readFile(file, 'utf8', (readError, text) => {
    if (readError) throw readError;
    console.log('loaded:', text);
    fs.stat(file, (statError, stats) => {
      if (statError) throw statError;
      console.log('size', stats.size);
    });
  });
});
