/*---
description: readdir, then a stat of every entry in parallel, so the sizes are known when the slowest stat (30 ms) has answered after the 5 ms listing.
files:
  data/small.csv:
    content: 'a,b'
    latency: fixed(10)
  data/medium.csv:
    content: 'a,b,c,d,e'
    latency: fixed(30)
  data/large.csv:
    content: 'a,b,c,d,e,f,g,h,i,j,k,l'
    latency: fixed(20)
  data:
    latency: fixed(5)
expect:
  timings:
    - line: '3 entries: large.csv, medium.csv, small.csv'
      at: 5
    - line: large.csv is a file of 23 bytes
      at: 35
---*/
const fs = require('fs/promises');
const dir = `${__dirname}/data`;

async function main() {
  const names = (await fs.readdir(dir)).sort();
  console.log(`${names.length} entries: ${names.join(', ')}`);
  const stats = await Promise.all(names.map((name) => fs.stat(`${dir}/${name}`)));
  names.forEach((name, i) => {
    const kind = stats[i].isFile() ? 'a file' : 'not a file';
    console.log(`${name} is ${kind} of ${stats[i].size} bytes`);
  });
}

main();
