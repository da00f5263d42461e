/*---
description: The same fetchUser written with then() chains resolves at the same virtual time.
routes:
  - url: https://api.example.com/users/*
    body: { id: 1, name: Ada Lovelace }
    latency: fixed(120)
expect:
  timings:
    - line: user Ada Lovelace
      at: 120
---*/
function fetchUser(id) {
  return fetch(`https://api.example.com/users/${id}`).then((response) => response.json());
}

fetchUser(1).then((user) => console.log('user', user.name));
console.log('request sent');
