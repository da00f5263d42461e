/*---
description: Two concurrent read-modify-write increments of a counter file both read 0 before either writes, so after two increments the file says 1.
files:
  visits.txt:
    content: '0'
    latency: fixed(10)
expect:
  timings:
    - line: after 2 increments the file says 1
      at: 30
---*/
const fs = require('fs/promises');
const file = `${__dirname}/visits.txt`;

async function increment() {
  const count = Number(await fs.readFile(file, 'utf8'));
  await fs.writeFile(file, String(count + 1));
}

Promise.all([increment(), increment()])
  .then(() => fs.readFile(file, 'utf8'))
  .then((text) => console.log(`after 2 increments the file says ${text}`));
