/*---
description: Five chapter files read in parallel with normal(40, 10) latencies complete in a seed-dependent order; the total word count does not depend on it.
seed: 2
latency: normal(40, 10)
files:
  book/1.txt: one two three
  book/2.txt: four five
  book/3.txt: six
  book/4.txt: seven eight nine ten
  book/5.txt: eleven twelve
expect:
  timings:
    - line: 5 chapters, 12 words
      at: [10, 100]
---*/
const { readFile } = require('fs/promises');

async function main() {
  const chapters = await Promise.all(
    [1, 2, 3, 4, 5].map((n) => readFile(`${__dirname}/book/${n}.txt`, 'utf8')),
  );
  const words = chapters.reduce((sum, text) => sum + text.split(' ').length, 0);
  console.log(`${chapters.length} chapters, ${words} words`);
}

main();
