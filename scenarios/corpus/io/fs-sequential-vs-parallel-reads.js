/*---
description: Reading three files one after the other takes 10 + 20 + 30 ms; reading them with Promise.all takes the slowest, 30 ms.
files:
  parts/1.txt:
    content: alpha
    latency: fixed(10)
  parts/2.txt:
    content: beta
    latency: fixed(20)
  parts/3.txt:
    content: gamma
    latency: fixed(30)
expect:
  timings:
    - line: 'sequential: alpha beta gamma'
      at: 60
    - line: 'parallel: alpha beta gamma'
      at: 90
---*/
const { readFile } = require('fs/promises');
const paths = [1, 2, 3].map((n) => `${__dirname}/parts/${n}.txt`);

async function main() {
  const one = [];
  for (const path of paths) one.push(await readFile(path, 'utf8'));
  console.log('sequential:', one.join(' '));

  const all = await Promise.all(paths.map((path) => readFile(path, 'utf8')));
  console.log('parallel:', all.join(' '));
}

main();
