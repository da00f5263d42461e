// import() loads, links and runs a module once and resolves to its namespace.
console.log('before');
const first = await import('./lib/esm-dynamic.mjs');
console.log(first.answer, first.default);
const again = await import('./lib/esm-dynamic.mjs');
console.log(first === again);
try {
  await import('./lib/esm-not-there.mjs');
} catch (e) {
  console.log(e.code);
}
