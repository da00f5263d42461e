/*---
description: A file whose reads fail with EACCES (injected) reaches the callback as an error with that code, while the readable file beside it is read normally.
files:
  secrets.env:
    content: 'TOKEN=abc'
    latency: fixed(8)
    fail: fail(1, EACCES)
  public.env:
    content: 'MODE=demo'
    latency: fixed(3)
expect:
  timings:
    - line: 'public.env: MODE=demo'
      at: 3
    - line: 'secrets.env: EACCES (open)'
      at: 8
---*/
const fs = require('fs');

for (const name of ['secrets.env', 'public.env']) {
  fs.readFile(`${__dirname}/${name}`, 'utf8', (error, text) => {
    if (error) console.log(`${name}: ${error.code} (${error.syscall})`);
    else console.log(`${name}: ${text}`);
  });
}
