/*---
description: Two increments read the counter, await a request and write it back.
routes:
  - url: https://api.example.com/*
    latency: uniform(1, 60)
---*/
const assert = require('assert');
let counter = 0;
async function increment(name) {
  const current = counter;
  await fetch('https://api.example.com/' + name);
  counter = current + 1;
}
increment('a');
setTimeout(() => increment('b'), 20);
setTimeout(() => { assert.equal(counter, 2); console.log('counter', counter); }, 500);
