/*---
description: loadUser catches a failed request, logs it and re-throws, so the caller's catch sees it too.
routes:
  - url: https://api.example.com/users/*
    status: 404
    body: { error: no such user }
    latency: fixed(80)
expect:
  timings:
    - line: 'loadUser: user 42 not found (404)'
      at: 80
    - line: 'caller: user 42 not found (404)'
      at: 80
---*/
async function loadUser(id) {
  try {
    const response = await fetch(`https://api.example.com/users/${id}`);
    if (!response.ok) {
      throw new Error(`user ${id} not found (${response.status})`);
    }
    return await response.json();
  } catch (error) {
    console.log('loadUser:', error.message);
    throw error;
  }
}

loadUser(42)
  .then((user) => console.log('loaded', user))
  .catch((error) => console.log('caller:', error.message));
