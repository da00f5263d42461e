// A rejection handled later in the same drain (in a nextTick, after microtask hops) is not unhandled.
const p = Promise.reject(new Error('late but in time'));
process.nextTick(() => {
  Promise.resolve().then(() => Promise.resolve()).then(() => {
    p.catch((e) => console.log('caught:', e.message));
  });
});
process.on('exit', (code) => console.log('exit', code));
