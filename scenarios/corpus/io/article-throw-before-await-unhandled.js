/*---
description: Nobody handles that rejection, so Node (15 and later) crashes at the end of the drain with exit code 1.
expect:
  timings:
    - line: the script goes on
      at: 0
---*/
async function getConfig(name) {
  if (!name) throw new Error('a config name is required');
  await null;
  return { name };
}

getConfig('');
console.log('the script goes on');
setTimeout(() => console.log('never runs: the process crashed first'), 0);
