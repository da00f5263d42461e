/*---
description: Caching the promise instead of the value lets the second caller share the first caller's request, so one request serves both at 50 ms.
routes:
  - url: https://api.example.com/users/*
    body: { id: 1, name: Ada }
    latency: fixed(50)
expect:
  timings:
    - line: 'header: Ada, sidebar: Ada'
      at: 50
    - line: 'requests sent: 1'
      at: 50
    - line: 'later caller: Ada, requests sent: 1'
      at: 120
---*/
const cache = new Map();
let requests = 0;

function getUser(id) {
  if (!cache.has(id)) {
    requests++;
    cache.set(id, fetch(`https://api.example.com/users/${id}`).then((response) => response.json()));
  }
  return cache.get(id);
}

Promise.all([getUser(1), getUser(1)]).then(([forHeader, forSidebar]) => {
  console.log(`header: ${forHeader.name}, sidebar: ${forSidebar.name}`);
  console.log('requests sent:', requests);
});

setTimeout(async () => {
  const user = await getUser(1);
  console.log(`later caller: ${user.name}, requests sent: ${requests}`);
}, 120);
