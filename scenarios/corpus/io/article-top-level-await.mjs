/*---
description: With top-level await in an ES module, the module body waits for the request before going on.
routes:
  - url: https://api.example.com/config
    body: { theme: dark }
    latency: fixed(60)
expect:
  timings:
    - line: module starts
      at: 0
    - line: theme dark
      at: 60
---*/
console.log('module starts');
const response = await fetch('https://api.example.com/config');
const config = await response.json();
console.log('theme', config.theme);
