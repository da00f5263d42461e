const cache = new Map();
async function load(key) {
  if (cache.has(key)) return cache.get(key);
  await null;
  const value = JSON.parse(`{"key":"${key}","len":${key.length}}`);
  cache.set(key, value);
  return value;
}
(async () => {
  const a = await load('alpha');
  const b = await load('alpha');
  console.log(a === b, a, cache.size);
  console.log(JSON.stringify(Object.fromEntries(cache)));
})();
