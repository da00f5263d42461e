// An ES module that throws while require() evaluates it throws to the caller, and again on the next
// require, without running a second time.
for (const attempt of [1, 2]) {
  try {
    require('./lib/interop-esm-throws.mjs');
  } catch (e) {
    console.log(attempt, e.name, e.message);
  }
}
