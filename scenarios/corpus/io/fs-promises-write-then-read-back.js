/*---
description: A file written with fs/promises is there for the reads that follow; readdir lists it and readFile returns what was written.
files:
  out/.keep: ''
latency: fixed(10)
expect:
  timings:
    - line: report written
      at: 10
    - line: 'out/ now holds: .keep, report.txt'
      at: 20
    - line: 'read back: total=42'
      at: 30
---*/
const fs = require('fs/promises');
const dir = `${__dirname}/out`;

async function main() {
  await fs.writeFile(`${dir}/report.txt`, 'total=42');
  console.log('report written');
  const names = (await fs.readdir(dir)).sort();
  console.log('out/ now holds:', names.join(', '));
  console.log('read back:', await fs.readFile(`${dir}/report.txt`, 'utf8'));
}

main();
