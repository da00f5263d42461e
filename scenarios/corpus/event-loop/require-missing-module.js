// Requiring a missing relative file throws synchronously with code MODULE_NOT_FOUND.
try {
  require('./lib/does-not-exist.js');
} catch (e) {
  console.log(e.code, e instanceof Error);
}
console.log('main continues');
