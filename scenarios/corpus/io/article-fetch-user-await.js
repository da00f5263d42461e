/*---
description: fetchUser written with await resolves with the parsed user once the request answers.
routes:
  - url: https://api.example.com/users/*
    method: GET
    body: { id: 1, name: Ada Lovelace }
    latency: fixed(120)
expect:
  timings:
    - line: request sent
      at: 0
    - line: user Ada Lovelace
      at: 120
---*/
async function fetchUser(id) {
  const response = await fetch(`https://api.example.com/users/${id}`);
  const user = await response.json();
  return user;
}

fetchUser(1).then((user) => console.log('user', user.name));
console.log('request sent');
