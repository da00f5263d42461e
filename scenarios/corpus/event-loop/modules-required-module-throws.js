// A module that throws is not cached: requiring it again runs it again.
for (let i = 0; i < 2; i++) {
  try {
    require('./lib/modules-throws');
  } catch (err) {
    console.log('caught:', err.message);
  }
}
console.log('cached:', Object.keys(require.cache).some((f) => f.endsWith('modules-throws.js')));
