/*---
description: An async function that throws before its first await still returns a promise, rejected.
expect:
  timings:
    - line: 'returned a promise: true'
      at: 0
    - line: 'rejected with: a config name is required'
      at: 0
---*/
async function getConfig(name) {
  if (!name) throw new Error('a config name is required');
  await null;
  return { name };
}

const result = getConfig('');
console.log('returned a promise:', result instanceof Promise);
result.catch((error) => console.log('rejected with:', error.message));
