/*---
description: The same two independent requests take the sum of their latencies when awaited one after the other, and only the slower one when started together under Promise.all.
routes:
  - url: https://api.example.com/profile
    body: { name: Ada }
    latency: fixed(100)
  - url: https://api.example.com/settings
    body: { theme: dark }
    latency: fixed(60)
expect:
  timings:
    - line: 'sequential: Ada prefers dark'
      at: 160
    - line: 'parallel: Ada prefers dark'
      at: 260
---*/
async function getJson(path) {
  const response = await fetch(`https://api.example.com/${path}`);
  return response.json();
}

async function sequential() {
  const profile = await getJson('profile');
  const settings = await getJson('settings');
  console.log(`sequential: ${profile.name} prefers ${settings.theme}`);
}

async function parallel() {
  const [profile, settings] = await Promise.all([getJson('profile'), getJson('settings')]);
  console.log(`parallel: ${profile.name} prefers ${settings.theme}`);
}

sequential().then(parallel);
