/*---
description: Starting both requests before the first await makes them overlap, so the second await finds its answer already there at the slower latency, not at the sum.
routes:
  - url: https://api.example.com/user
    body: { name: Grace }
    latency: fixed(80)
  - url: https://api.example.com/posts
    body: [{ id: 1 }, { id: 2 }, { id: 3 }]
    latency: fixed(120)
expect:
  timings:
    - line: 'user ready: Grace'
      at: 80
    - line: 'posts ready: 3'
      at: 120
---*/
async function getJson(path) {
  const response = await fetch(`https://api.example.com/${path}`);
  return response.json();
}

async function loadPage() {
  const userPromise = getJson('user');
  const postsPromise = getJson('posts');
  const user = await userPromise;
  console.log('user ready:', user.name);
  const posts = await postsPromise;
  console.log('posts ready:', posts.length);
}

loadPage();
