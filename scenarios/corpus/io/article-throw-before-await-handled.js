/*---
description: An async function that throws before its first await still returns a promise, rejected.
---*/
async function getConfig(name) {
  if (!name) throw new Error('a config name is required');
  await null;
  return { name };
}

const result = getConfig('');
console.log('returned a promise:', result instanceof Promise);
result.catch((error) => console.log('rejected with:', error.message));
