// A CommonJS module that throws while the graph evaluates: it runs once, and every import sees its error.
for (const attempt of ['first', 'second']) {
  try {
    await import('./lib/interop-cjs-throws.cjs');
  } catch (e) {
    console.log(attempt, e.message);
  }
}
