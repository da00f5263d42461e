/*---
description: An exists() helper built on fs.promises.stat answers true, false (ENOENT) and tells a directory from a file, all three checks overlapping.
files:
  package.json:
    content: '{}'
    latency: fixed(6)
  src/index.js:
    content: 'module.exports = 1;'
  src:
    latency: fixed(9)
latency: fixed(3)
expect:
  timings:
    - line: 'package.json: file'
      at: 9
    - line: 'yarn.lock: missing'
      at: 9
    - line: 'src: directory'
      at: 9
---*/
const fs = require('fs');

async function kind(name) {
  try {
    const stats = await fs.promises.stat(`${__dirname}/${name}`);
    return stats.isDirectory() ? 'directory' : 'file';
  } catch (error) {
    if (error.code === 'ENOENT') return 'missing';
    throw error;
  }
}

const names = ['package.json', 'yarn.lock', 'src'];
Promise.all(names.map(kind)).then((kinds) => {
  names.forEach((name, i) => console.log(`${name}: ${kinds[i]}`));
});
