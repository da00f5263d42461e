/*---
description: An async generator lists a directory and reads its files one at a time with fs/promises; for await prints each file as its read completes.
files:
  notes/a.md: '# alpha'
  notes/b.md: '# beta'
  notes/c.md: '# gamma'
latency: fixed(10)
expect:
  timings:
    - line: 'a.md: # alpha'
      at: 20
    - line: 'b.md: # beta'
      at: 30
    - line: 'c.md: # gamma'
      at: 40
---*/
const fs = require('fs/promises');

async function* readNotes(dir) {
  const names = (await fs.readdir(dir)).sort();
  for (const name of names) {
    yield { name, text: await fs.readFile(`${dir}/${name}`, 'utf8') };
  }
}

async function main() {
  for await (const { name, text } of readNotes(`${__dirname}/notes`)) {
    console.log(`${name}: ${text}`);
  }
}

main();
