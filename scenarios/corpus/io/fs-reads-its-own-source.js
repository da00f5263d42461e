/*---
description: A script reads its own file through __filename, as a CLI that prints its own usage block does; the read completes after the default 1 ms latency.
expect:
  timings:
    - line: 'first line: /*---'
      at: 1
---*/
// USAGE: fs-reads-its-own-source [--verbose]
const fs = require('fs');

fs.readFile(__filename, 'utf8', (error, source) => {
  if (error) throw error;
  const lines = source.split('\n');
  console.log('first line:', lines[0]);
  console.log(lines.find((line) => line.startsWith('// USAGE:')).slice(3));
  console.log('mentions readFile:', source.includes('fs.readFile(__filename'));
});
