/*---
description: A cache that is filled only after the await. The header asks for today's exchange rates at 0 ms and the sidebar at 10 ms; a miss asks two mirrors and takes the first answer. When both mirrors take longer than 10 ms the sidebar misses too and the rates are fetched twice.
routes:
  - url: https://rates-eu.example.com/*
    body: { EUR: 1, USD: 1.08 }
    latency: uniform(1, 14)
  - url: https://rates-us.example.com/*
    body: { EUR: 1, USD: 1.08 }
    latency: uniform(1, 14)
---*/
const assert = require('assert');

const cache = new Map();
let misses = 0;

async function getRates(day) {
  if (cache.has(day)) return cache.get(day);
  misses++;
  const response = await Promise.any([
    fetch(`https://rates-eu.example.com/${day}`),
    fetch(`https://rates-us.example.com/${day}`),
  ]);
  const rates = await response.json();
  cache.set(day, rates); // filled only now: a caller in between misses too
  return rates;
}

const header = getRates('2024-05-01');
const sidebar = new Promise((resolve) => setTimeout(resolve, 10)).then(() => getRates('2024-05-01'));

Promise.all([header, sidebar]).then(([forHeader, forSidebar]) => {
  console.log(`header: USD ${forHeader.USD}, sidebar: USD ${forSidebar.USD}, misses: ${misses}`);
  assert.equal(misses, 1, 'the rates were fetched twice');
});
