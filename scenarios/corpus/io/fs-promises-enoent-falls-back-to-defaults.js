/*---
description: Loading an optional user config with fs/promises treats ENOENT as 'use the defaults' and still reads the project config that exists.
files:
  project.json:
    content: '{"name": "loopsim-demo", "indent": 2}'
    latency: fixed(12)
latency: fixed(4)
expect:
  timings:
    - line: 'user config: none, using defaults'
      at: 4
    - line: 'settings: loopsim-demo, indent 4, theme light'
      at: 12
---*/
const fs = require('fs/promises');

async function readJson(path, fallback) {
  try {
    return JSON.parse(await fs.readFile(path, 'utf8'));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
    console.log('user config: none, using defaults');
    return fallback;
  }
}

async function main() {
  const [project, user] = await Promise.all([
    readJson(`${__dirname}/project.json`, {}),
    readJson(`${__dirname}/user.json`, { indent: 4, theme: 'light' }),
  ]);
  const settings = { ...project, ...user };
  console.log(`settings: ${settings.name}, indent ${settings.indent}, theme ${settings.theme}`);
}

main();
