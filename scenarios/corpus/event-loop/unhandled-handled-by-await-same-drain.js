// A rejected promise awaited a few hops later, still in the same drain, is handled in time.
const p = Promise.reject(new Error('awaited in time'));
(async () => {
  await null;
  await null;
  try {
    await p;
  } catch (e) {
    console.log('caught by await:', e.message);
  }
})();
process.on('exit', (code) => console.log('exit', code));
