// The same SyntaxError rejects import() of a module that imports the missing name; Node's message advises
// the default import.
try {
  await import('./interop-import-cjs-missing-named.mjs');
} catch (e) {
  console.log(e.name);
  console.log(e.message);
}
