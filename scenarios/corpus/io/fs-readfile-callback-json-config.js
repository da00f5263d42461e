/*---
description: fs.readFile with a callback hands over the config file's text after the read's latency; the code after the call runs first.
files:
  config.json:
    content: '{"port": 8080, "debug": false, "features": ["search", "export"]}'
    latency: fixed(15)
expect:
  timings:
    - line: reading config…
      at: 0
    - line: port 8080, debug false, 2 features
      at: 15
---*/
const fs = require('fs');

fs.readFile(`${__dirname}/config.json`, 'utf8', (error, text) => {
  if (error) throw error;
  const config = JSON.parse(text);
  console.log(`port ${config.port}, debug ${config.debug}, ${config.features.length} features`);
});
console.log('reading config…');
