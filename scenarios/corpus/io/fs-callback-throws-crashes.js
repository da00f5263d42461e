/*---
description: A JSON.parse error thrown inside a readFile callback is an uncaught exception, so the process crashes at the read's completion and the later timer never runs.
files:
  broken.json:
    content: '{"name": "demo",}'
    latency: fixed(20)
expect:
  timings:
    - line: exit code 1
      at: 20
---*/
const fs = require('fs');

process.on('exit', (code) => console.log('exit code', code));

fs.readFile(`${__dirname}/broken.json`, 'utf8', (error, text) => {
  if (error) throw error;
  const config = JSON.parse(text);
  console.log('config', config.name);
});
setTimeout(() => console.log('never printed'), 100);
