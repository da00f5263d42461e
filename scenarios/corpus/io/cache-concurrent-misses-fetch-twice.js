/*---
description: A cache that stores values only after the await misses twice when two callers ask at once, so the same user is fetched twice.
routes:
  - url: https://api.example.com/users/*
    body: { id: 1, name: Ada }
    latency: fixed(50)
expect:
  timings:
    - line: 'header: Ada, sidebar: Ada'
      at: 50
    - line: 'requests sent: 2'
      at: 50
---*/
const cache = new Map();
let requests = 0;

async function getUser(id) {
  if (cache.has(id)) return cache.get(id);
  requests++;
  const response = await fetch(`https://api.example.com/users/${id}`);
  const user = await response.json();
  cache.set(id, user);
  return user;
}

Promise.all([getUser(1), getUser(1)]).then(([forHeader, forSidebar]) => {
  console.log(`header: ${forHeader.name}, sidebar: ${forSidebar.name}`);
  console.log('requests sent:', requests);
});
