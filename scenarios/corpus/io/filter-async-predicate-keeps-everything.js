/*---
description: filter(async …) keeps every item because a promise is truthy; computing the flags with Promise.all first and filtering on them keeps only the active user.
routes:
  - url: https://api.example.com/users/1/status
    body: { active: true }
    latency: fixed(30)
  - url: https://api.example.com/users/2/status
    body: { active: false }
    latency: fixed(20)
  - url: https://api.example.com/users/3/status
    body: { active: false }
    latency: fixed(40)
expect:
  timings:
    - line: 'async filter kept: 1,2,3'
      at: 0
    - line: 'Promise.all then filter kept: 1'
      at: 40
---*/
async function isActive(id) {
  const response = await fetch(`https://api.example.com/users/${id}/status`);
  return (await response.json()).active;
}

async function main() {
  const ids = [1, 2, 3];
  const wrong = ids.filter(async (id) => isActive(id));
  console.log('async filter kept:', wrong.join(','));
  const flags = await Promise.all(ids.map(isActive));
  console.log('Promise.all then filter kept:', ids.filter((_, i) => flags[i]).join(','));
}

main();
