/*---
description: Inside an I/O callback, process.nextTick and promise jobs run first, then setImmediate (the check phase comes right after poll), and only then a 0 ms setTimeout, every time.
files:
  input.txt:
    content: data
    latency: fixed(10)
routes:
  - url: https://api.example.com/ping
    latency: fixed(40)
expect:
  timings:
    - line: 'readFile: immediate'
      at: 10
    - line: 'readFile: timeout 0'
      at: 11
    - line: 'fetch: immediate'
      at: 40
    - line: 'fetch: timeout 0'
      at: 41
---*/
const fs = require('fs');

function schedule(label) {
  setTimeout(() => console.log(`${label}: timeout 0`), 0);
  setImmediate(() => console.log(`${label}: immediate`));
  Promise.resolve().then(() => console.log(`${label}: promise`));
  process.nextTick(() => console.log(`${label}: nextTick`));
}

fs.readFile(`${__dirname}/input.txt`, 'utf8', () => schedule('readFile'));
fetch('https://api.example.com/ping').then(() => schedule('fetch'));
