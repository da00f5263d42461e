/*---
description: Keystrokes every 30 ms are debounced by 100 ms, so only the last query is sent, 100 ms after the last keystroke, and its results arrive 50 ms later.
routes:
  - url: https://api.example.com/search?q=*
    body: { hits: [node, nodemon] }
    latency: fixed(50)
expect:
  timings:
    - line: 'sending search for "node"'
      at: 190
    - line: 'results for "node": node, nodemon (1 request)'
      at: 240
---*/
let requests = 0;
let timer = null;

function onInput(query) {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    console.log(`sending search for "${query}"`);
    requests++;
    const response = await fetch(`https://api.example.com/search?q=${query}`);
    const { hits } = await response.json();
    console.log(`results for "${query}": ${hits.join(', ')} (${requests} request)`);
  }, 100);
}

['n', 'no', 'nod', 'node'].forEach((query, i) => setTimeout(() => onInput(query), i * 30));
