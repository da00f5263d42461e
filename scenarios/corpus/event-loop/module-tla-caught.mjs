// A rejected top-level await caught with try/catch lets the module continue.
try {
  await Promise.reject(new Error('caught at top level'));
} catch (e) {
  console.log('caught:', e.message);
}
await null;
console.log('continued');
